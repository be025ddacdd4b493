package fr.nouage.project.internal;

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

import fr.nouage.observatory.Alert;
import fr.nouage.observatory.Evidence;
import fr.nouage.observatory.EvidenceChanged;
import fr.nouage.observatory.EvidenceSource;
import fr.nouage.observatory.Fact;
import fr.nouage.observatory.Measure;
import fr.nouage.observatory.Signal;
import fr.nouage.project.AgreementAdded;
import fr.nouage.project.ProjectChanged;
import fr.nouage.project.ProjectCreated;

/**
 * The portfolio's evidence: projects running and conventions signed (cooperation in action),
 * pilotage held by communes (parity), project reviews by the collective and shared pilotage
 * (networking); and the alert when every pilotage is held by the EPCI.
 */
@Component
class ProjectEvidence implements EvidenceSource {

    /** Projects started on or before the day and not closed before it. */
    private static final String RUNNING = """
            from project p where p.territory_siren = ? and p.created_at < ? and (p.closed_on is null or p.closed_on > ?)""";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    ProjectEvidence(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public Set<Measure> measures() {
        return Set.of(Measure.PILOTAGE_BY_COMMUNES, Measure.PROJECT_REVIEWS, Measure.SHARED_PILOTAGE,
                Measure.PROJECTS_RUNNING, Measure.AGREEMENTS_SIGNED);
    }

    @Override
    public List<Evidence> evidence(String siren, LocalDate day) {
        Timestamp end = Timestamp.from(day.plusDays(1).atStartOfDay(PARIS).toInstant());
        String portfolio = "/territoires/" + siren + "/projets";
        List<Evidence> facts = new ArrayList<>();
        int running = count("select count(*) " + RUNNING, siren, end, Date.valueOf(day));
        facts.add(Evidence.of(Measure.PROJECTS_RUNNING, running, portfolio, "observatory.project.running", running));
        int signed = count("select count(*) from agreement where territory_siren = ? and signed_on <= ?", siren,
                Date.valueOf(day));
        facts.add(Evidence.of(Measure.AGREEMENTS_SIGNED, signed, portfolio, "observatory.project.agreements", signed));
        Timestamp yearAgo = Timestamp.from(day.minusYears(1).plusDays(1).atStartOfDay(PARIS).toInstant());
        int reviews = count("""
                select count(*) from project_review r join project p on p.id = r.project_id
                where p.territory_siren = ? and r.recorded_at >= ? and r.recorded_at < ?""", siren, yearAgo, end);
        facts.add(Evidence.of(Measure.PROJECT_REVIEWS, reviews, portfolio, "observatory.project.reviews",
                reviews));
        if (running > 0) {
            int shared = count("select count(*) " + RUNNING + " and p.pilotage in ('CO_PILOTAGE', 'ALTERNATING')", siren,
                    end, Date.valueOf(day));
            facts.add(Evidence.of(Measure.SHARED_PILOTAGE, shared, portfolio, "observatory.project.shared", shared,
                    running));
            int communes = communeLed(siren, end, day);
            facts.add(Evidence.of(Measure.PILOTAGE_BY_COMMUNES, 100.0 * communes / running, portfolio,
                    "observatory.project.communeLed", communes, running));
        }
        return facts;
    }

    @Override
    public List<Signal> signals(String siren, LocalDate day) {
        Timestamp end = Timestamp.from(day.plusDays(1).atStartOfDay(PARIS).toInstant());
        int running = count("select count(*) " + RUNNING, siren, end, Date.valueOf(day));
        if (running >= 2 && communeLed(siren, end, day) == 0) {
            return List.of(new Signal(Alert.PILOTAGE_ALL_EPCI, day, List.of(Fact.of("/territoires/" + siren + "/projets",
                    "observatory.project.allEpci", running))));
        }
        return List.of();
    }

    private int communeLed(String siren, Timestamp end, LocalDate day) {
        return count("select count(*) " + RUNNING + """
                 and exists (select 1 from project_member m where m.project_id = p.id and m.lead
                 and m.collectivity_siren <> p.territory_siren)""", siren, end, Date.valueOf(day));
    }

    private int count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Integer.class).single();
    }

    @EventListener
    void on(ProjectCreated e) {
        events.publishEvent(new EvidenceChanged(e.territorySiren()));
    }

    @EventListener
    void on(ProjectChanged e) {
        events.publishEvent(new EvidenceChanged(e.territorySiren()));
    }

    @EventListener
    void on(AgreementAdded e) {
        events.publishEvent(new EvidenceChanged(e.territorySiren()));
    }
}
