package fr.nouage.accompaniment.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.nouage.account.Accounts;
import fr.nouage.account.Role;
import fr.nouage.observatory.Evidence;
import fr.nouage.observatory.EvidenceSource;
import fr.nouage.observatory.Measure;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;

/**
 * The accompaniment's evidence: seminars the territory took part in over the three years before the
 * day and the share of its collectivités that sent someone (awareness), and whether a third party
 * accompanies it (an enabled account with the facilitator's role in the territory: accounts keep no
 * date of their roles, so this fact is today's, shown for every quarter).
 */
@Component
class AccompanimentEvidence implements EvidenceSource {

    static final int YEARS = 3;

    private final JdbcClient jdbc;
    private final Territories territories;
    private final Accounts accounts;

    AccompanimentEvidence(JdbcClient jdbc, Territories territories, Accounts accounts) {
        this.jdbc = jdbc;
        this.territories = territories;
        this.accounts = accounts;
    }

    @Override
    public Set<Measure> measures() {
        return Set.of(Measure.AWARENESS_EVENTS, Measure.AWARENESS_REACH, Measure.FACILITATOR_ACTIVE);
    }

    @Override
    public List<Evidence> evidence(String siren, LocalDate day) {
        Date from = Date.valueOf(day.minusYears(YEARS));
        Date to = Date.valueOf(day);
        List<Evidence> facts = new ArrayList<>();
        int seminars = jdbc.sql("""
                select count(*) from seminar s join seminar_territory t on t.seminar_id = s.id
                where t.territory_siren = ? and s.held_on > ? and s.held_on <= ?
                and exists (select 1 from seminar_delegate d where d.seminar_id = s.id and d.territory_siren = ?)""")
                .params(siren, from, to, siren).query(Integer.class).single();
        facts.add(Evidence.of(Measure.AWARENESS_EVENTS, seminars, "/seminaires", "accompaniment.evidence.seminars",
                seminars));
        long members = territories.collectivities(siren).stream().filter(Collectivity::active).count();
        if (seminars > 0 && members > 0) {
            int present = jdbc.sql("""
                    select count(distinct d.collectivity_siren) from seminar_delegate d join seminar s on s.id = d.seminar_id
                    where d.territory_siren = ? and s.held_on > ? and s.held_on <= ?""")
                    .params(siren, from, to).query(Integer.class).single();
            facts.add(Evidence.of(Measure.AWARENESS_REACH, 100.0 * present / members, "/seminaires",
                    "accompaniment.evidence.reach", present, members));
        }
        long facilitators = accounts.inTerritories(List.of(siren)).stream().filter(a -> a.enabled())
                .filter(a -> a.roles().stream().anyMatch(r -> r.role() == Role.FACILITATOR && siren.equals(r.territorySiren())))
                .count();
        facts.add(Evidence.of(Measure.FACILITATOR_ACTIVE, facilitators, "/territoires/" + siren,
                "accompaniment.evidence.facilitator", facilitators));
        return facts;
    }
}
