package fr.nouage.deliberation.internal;

import static fr.nouage.platform.DateFormats.PARIS;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.nouage.deliberation.ConsultationClosed;
import fr.nouage.deliberation.Gini;
import fr.nouage.deliberation.ItemDecided;
import fr.nouage.deliberation.Parity;
import fr.nouage.deliberation.ParityReport;
import fr.nouage.observatory.Alert;
import fr.nouage.observatory.Evidence;
import fr.nouage.observatory.EvidenceChanged;
import fr.nouage.observatory.EvidenceSource;
import fr.nouage.observatory.Fact;
import fr.nouage.observatory.Measure;
import fr.nouage.observatory.Signal;

/**
 * Deliberation's evidence for the path, over the twelve months ending on the day measured: parity
 * (attendance and voices spread between collectivités, hosting by communes) and deliberation (items
 * where several voices were heard, objections answered, consultations between meetings); and the
 * collectivités not heard in the last meetings.
 */
@Component
class DeliberationEvidence implements EvidenceSource {

    /** Collectivités whose positions make an item "many-voiced". */
    static final int MANY_VOICES = 3;

    private final JdbcClient jdbc;
    private final Parity parity;
    private final ApplicationEventPublisher events;

    DeliberationEvidence(JdbcClient jdbc, Parity parity, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.parity = parity;
        this.events = events;
    }

    @Override
    public Set<Measure> measures() {
        return Set.of(Measure.ATTENDANCE_BALANCE, Measure.VOICE_BALANCE, Measure.HOSTED_BY_COMMUNES,
                Measure.MANY_VOICED_ITEMS, Measure.OBJECTIONS_ANSWERED, Measure.CONSULTATIONS_CLOSED);
    }

    @Override
    public List<Evidence> evidence(String siren, LocalDate day) {
        ParityReport report = parity.compute(siren, day.minusYears(1).plusDays(1), day);
        List<Evidence> facts = new ArrayList<>();
        if (report.meetings() == 0) {
            return facts;
        }
        String parityPage = "/territoires/" + siren + "/parite";
        double attendance = Gini.of(report.collectivities().stream().mapToInt(ParityReport.Row::attended).toArray());
        facts.add(Evidence.of(Measure.ATTENDANCE_BALANCE, percent(1 - attendance), parityPage,
                "observatory.deliberation.attendance", percent(1 - attendance), report.meetings()));
        facts.add(Evidence.of(Measure.VOICE_BALANCE, percent(1 - report.gini()), parityPage,
                "observatory.deliberation.voices", percent(1 - report.gini())));
        int hosted = report.collectivities().stream().mapToInt(ParityReport.Row::hosted).sum();
        if (hosted > 0) {
            int byCommunes = report.collectivities().stream().filter(r -> !r.epci()).mapToInt(ParityReport.Row::hosted)
                    .sum();
            facts.add(Evidence.of(Measure.HOSTED_BY_COMMUNES, 100.0 * byCommunes / hosted, "/territoires/" + siren
                    + "/rotation", "observatory.deliberation.hosting", byCommunes, hosted));
        }
        Timestamp from = Timestamp.from(day.minusYears(1).plusDays(1).atStartOfDay(PARIS).toInstant());
        Timestamp end = Timestamp.from(day.plusDays(1).atStartOfDay(PARIS).toInstant());
        int manyVoiced = jdbc.sql("""
                select count(*) from (select p.agenda_item_id from item_position p
                  join agenda_item i on i.id = p.agenda_item_id join meeting m on m.id = i.meeting_id
                  where m.territory_siren = ? and m.starts_at >= ? and m.starts_at < ?
                  group by p.agenda_item_id having count(*) >= ?) x""")
                .params(siren, from, end, MANY_VOICES).query(Integer.class).single();
        facts.add(Evidence.of(Measure.MANY_VOICED_ITEMS, manyVoiced, "/territoires/" + siren + "/reunions",
                "observatory.deliberation.manyVoiced", manyVoiced, MANY_VOICES));
        Map<String, Integer> objections = jdbc.sql("""
                select coalesce(p.objection_status, 'OPEN'), count(*) from item_position p
                join agenda_item i on i.id = p.agenda_item_id join meeting m on m.id = i.meeting_id
                where m.territory_siren = ? and p.stance = 'OBJECTION' and p.recorded_at >= ? and p.recorded_at < ?
                group by coalesce(p.objection_status, 'OPEN')""").params(siren, from, end)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        int all = objections.values().stream().mapToInt(Integer::intValue).sum();
        if (all > 0) {
            int answered = all - objections.getOrDefault("OPEN", 0);
            facts.add(Evidence.of(Measure.OBJECTIONS_ANSWERED, 100.0 * answered / all, "/territoires/" + siren
                    + "/reunions", "observatory.deliberation.objections", answered, all));
        }
        int consultations = jdbc.sql("""
                select count(*) from consultation where territory_siren = ? and closed_at >= ? and closed_at < ?""")
                .params(siren, from, end).query(Integer.class).single();
        facts.add(Evidence.of(Measure.CONSULTATIONS_CLOSED, consultations, "/territoires/" + siren + "/consultations",
                "observatory.deliberation.consultations", consultations));
        return facts;
    }

    @Override
    public List<Signal> signals(String siren, LocalDate day) {
        ParityReport report = parity.compute(siren, day.minusMonths(6), day);
        if (report.notHeardRecently().isEmpty()) {
            return List.of();
        }
        Map<String, String> names = report.collectivities().stream()
                .collect(Collectors.toMap(ParityReport.Row::siren, ParityReport.Row::name));
        List<Fact> facts = report.notHeardRecently().stream().map(s -> Fact.of("/territoires/" + siren + "/parite",
                "observatory.deliberation.notHeard", names.getOrDefault(s, s), report.recentMeetingsChecked())).toList();
        return List.of(new Signal(Alert.NEVER_HEARD, day, facts));
    }

    private static long percent(double share) {
        return Math.round(share * 100);
    }

    @EventListener
    void on(ItemDecided e) {
        events.publishEvent(new EvidenceChanged(e.territorySiren()));
    }

    @EventListener
    void on(ConsultationClosed e) {
        events.publishEvent(new EvidenceChanged(e.territorySiren()));
    }
}
