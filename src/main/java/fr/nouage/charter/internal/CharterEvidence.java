package fr.nouage.charter.internal;

import static fr.nouage.platform.DateFormats.PARIS;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.nouage.charter.CharterAdopted;
import fr.nouage.charter.CharterInForce;
import fr.nouage.charter.GovernancePactRecorded;
import fr.nouage.observatory.Evidence;
import fr.nouage.observatory.EvidenceChanged;
import fr.nouage.observatory.EvidenceSource;
import fr.nouage.observatory.Measure;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;

/**
 * The charter's evidence for formalisation: a version in force on the day, the share of active
 * collectivités that adopted it, and the pacte de gouvernance adopted (or its drawing up debated
 * and declined, as the law allows).
 */
@Component
class CharterEvidence implements EvidenceSource {

    private final JdbcClient jdbc;
    private final Territories territories;
    private final ApplicationEventPublisher events;

    CharterEvidence(JdbcClient jdbc, Territories territories, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.territories = territories;
        this.events = events;
    }

    @Override
    public Set<Measure> measures() {
        return Set.of(Measure.CHARTER_IN_FORCE, Measure.CHARTER_ADOPTION, Measure.GOVERNANCE_PACT);
    }

    @Override
    public List<Evidence> evidence(String siren, LocalDate day) {
        Timestamp end = Timestamp.from(day.plusDays(1).atStartOfDay(PARIS).toInstant());
        String charter = "/territoires/" + siren + "/charte";
        List<Evidence> facts = new ArrayList<>();
        var inForce = jdbc.sql("""
                select id, version_number from charter_version where territory_siren = ? and in_force_at < ?
                and (superseded_at is null or superseded_at >= ?) order by version_number desc limit 1""")
                .params(siren, end, end).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).optional();
        if (inForce.isEmpty()) {
            facts.add(Evidence.of(Measure.CHARTER_IN_FORCE, 0, charter, "observatory.charter.none"));
        } else {
            long[] version = inForce.get();
            facts.add(Evidence.of(Measure.CHARTER_IN_FORCE, 1, charter, "observatory.charter.inForce", version[1]));
            long members = territories.collectivities(siren).stream().filter(Collectivity::active).count();
            int adopted = jdbc.sql("select count(*) from charter_adoption where version_id = ? and adopted_at < ?")
                    .params(version[0], end).query(Integer.class).single();
            facts.add(Evidence.of(Measure.CHARTER_ADOPTION, members == 0 ? 0 : 100.0 * adopted / members,
                    charter + "/versions/" + version[1] + "/adoption", "observatory.charter.adoption", adopted, members));
        }
        boolean pact = jdbc.sql("""
                select count(*) from governance_pact where territory_siren = ?
                and (adopted_on <= ? or (draw_up = false and debate_date <= ?))""")
                .params(siren, Date.valueOf(day), Date.valueOf(day)).query(Integer.class).single() > 0;
        facts.add(Evidence.of(Measure.GOVERNANCE_PACT, pact ? 1 : 0, "/territoires/" + siren + "/pacte",
                pact ? "observatory.charter.pact" : "observatory.charter.noPact"));
        return facts;
    }

    @EventListener
    void on(CharterAdopted e) {
        events.publishEvent(new EvidenceChanged(e.territorySiren()));
    }

    @EventListener
    void on(CharterInForce e) {
        events.publishEvent(new EvidenceChanged(e.territorySiren()));
    }

    @EventListener
    void on(GovernancePactRecorded e) {
        events.publishEvent(new EvidenceChanged(e.territorySiren()));
    }
}
