package fr.nouage.network.internal;

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

import fr.nouage.network.NetworkChanged;
import fr.nouage.observatory.Evidence;
import fr.nouage.observatory.EvidenceChanged;
import fr.nouage.observatory.EvidenceSource;
import fr.nouage.observatory.Measure;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;

/**
 * The networks' evidence for the threshold of networking (nouage): the networks living on a day
 * (declared on the platform, or recognised as older with their start date), and the share of the
 * territory's collectivités that have named a referent in at least one of them.
 */
@Component
class NetworkEvidence implements EvidenceSource {

    private final JdbcClient jdbc;
    private final Territories territories;
    private final ApplicationEventPublisher events;

    NetworkEvidence(JdbcClient jdbc, Territories territories, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.territories = territories;
        this.events = events;
    }

    @Override
    public Set<Measure> measures() {
        return Set.of(Measure.NETWORKS_ACTIVE, Measure.REFERENT_COVERAGE);
    }

    @Override
    public List<Evidence> evidence(String siren, LocalDate day) {
        Timestamp end = Timestamp.from(day.plusDays(1).atStartOfDay(PARIS).toInstant());
        String link = "/territoires/" + siren + "/reseaux";
        List<Evidence> facts = new ArrayList<>();
        int networks = jdbc.sql("""
                select count(*) from network where territory_siren = ?
                and ((started_on is not null and started_on <= ?) or (started_on is null and created_at < ?))""")
                .params(siren, Date.valueOf(day), end).query(Integer.class).single();
        facts.add(Evidence.of(Measure.NETWORKS_ACTIVE, networks, link, "network.evidence.networks", networks));
        long members = territories.collectivities(siren).stream().filter(Collectivity::active).count();
        if (networks > 0 && members > 0) {
            int represented = jdbc.sql("""
                    select count(distinct r.collectivity_siren) from network_referent r join network n on n.id = r.network_id
                    where n.territory_siren = ? and r.named_at < ?""").params(siren, end).query(Integer.class).single();
            facts.add(Evidence.of(Measure.REFERENT_COVERAGE, 100.0 * represented / members, link + "/couverture",
                    "network.evidence.coverage", represented, members));
        }
        return facts;
    }

    @EventListener
    void on(NetworkChanged e) {
        events.publishEvent(new EvidenceChanged(e.territorySiren()));
    }
}
