package fr.nouage.diagnostic.internal;

import static fr.nouage.platform.DateFormats.PARIS;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.nouage.diagnostic.CommutingFlowsImported;
import fr.nouage.observatory.Evidence;
import fr.nouage.observatory.EvidenceChanged;
import fr.nouage.observatory.EvidenceSource;
import fr.nouage.observatory.Measure;

/**
 * The diagnostic's evidence for the shared strategic vision: a common base of official figures on
 * the territory's interdependences (the commuting flows imported, by vintage). The stakes are not
 * built yet, so {@link Measure#STAKES_IDENTIFIED} is not reported (not measured, never a zero).
 */
@Component
class DiagnosticEvidence implements EvidenceSource {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    DiagnosticEvidence(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public Set<Measure> measures() {
        return Set.of(Measure.DIAGNOSTIC_SHARED);
    }

    @Override
    public List<Evidence> evidence(String siren, LocalDate day) {
        Timestamp end = Timestamp.from(day.plusDays(1).atStartOfDay(PARIS).toInstant());
        int vintages = jdbc.sql("select count(*) from diag_flow_import where territory_siren = ? and imported_at < ?")
                .params(siren, end).query(Integer.class).single();
        return List.of(Evidence.of(Measure.DIAGNOSTIC_SHARED, vintages, "/territoires/" + siren + "/interdependances",
                "diagnostic.evidence.flows", vintages));
    }

    @EventListener
    void on(CommutingFlowsImported e) {
        events.publishEvent(new EvidenceChanged(e.territorySiren()));
    }
}
