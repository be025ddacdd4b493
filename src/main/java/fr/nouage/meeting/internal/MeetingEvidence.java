package fr.nouage.meeting.internal;

import static fr.nouage.platform.DateFormats.PARIS;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.nouage.meeting.AgendaFrozen;
import fr.nouage.meeting.ItemKind;
import fr.nouage.meeting.MeetingHeld;
import fr.nouage.meeting.MinutesPublished;
import fr.nouage.meeting.OpinionForwarded;
import fr.nouage.observatory.Alert;
import fr.nouage.observatory.Evidence;
import fr.nouage.observatory.EvidenceChanged;
import fr.nouage.observatory.EvidenceSource;
import fr.nouage.observatory.Fact;
import fr.nouage.observatory.Measure;
import fr.nouage.observatory.Signal;
import fr.nouage.rules.ActiveRules;
import fr.nouage.rules.Rules;

/**
 * The meetings' evidence for the path: the collective meets (initiative), prepares the élus'
 * sittings in the charter's window with agendas sent on time and opinions forwarded (decision
 * process), meets every quarter, rotates hosting and holds reflexive points (culture); and the
 * vigilance points the four charter rules on minutes and reflexivity ask for. Windows are the
 * twelve months ending on the day measured.
 */
@Component
class MeetingEvidence implements EvidenceSource {

    /** A held collective meeting: start, host, lead hours, frozen, minutes published. */
    record Held(long id, Instant startsAt, String host, int leadHours, Instant frozenAt, Instant minutesAt) {
    }

    private final JdbcClient jdbc;
    private final Rules rules;
    private final ApplicationEventPublisher events;

    MeetingEvidence(JdbcClient jdbc, Rules rules, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.events = events;
    }

    @Override
    public Set<Measure> measures() {
        return Set.of(Measure.COLLECTIVE_MEETINGS_HELD, Measure.UPSTREAM_SHARE, Measure.AGENDA_ON_TIME,
                Measure.OPINIONS_FORWARDED, Measure.REGULAR_QUARTERS, Measure.ROTATION, Measure.REFLEXIVE_POINTS);
    }

    @Override
    public List<Evidence> evidence(String siren, LocalDate day) {
        Instant end = endOf(day);
        Instant yearAgo = endOf(day.minusYears(1));
        String meetings = "/territoires/" + siren + "/reunions";
        List<Evidence> facts = new ArrayList<>();
        int everHeld = jdbc.sql("""
                select count(*) from meeting m join body b on b.id = m.body_id
                where m.territory_siren = ? and b.kind = 'COLLECTIVE' and m.status = 'HELD' and m.starts_at < ?""")
                .params(siren, Timestamp.from(end)).query(Integer.class).single();
        if (everHeld == 0) {
            facts.add(Evidence.of(Measure.COLLECTIVE_MEETINGS_HELD, 0, meetings, "observatory.meeting.held", 0));
            return facts;
        }
        facts.add(Evidence.of(Measure.COLLECTIVE_MEETINGS_HELD, everHeld, meetings, "observatory.meeting.held", everHeld));
        List<Held> year = held(siren, yearAgo, end);
        ActiveRules active = rules.rulesAt(siren, day);
        upstream(siren, yearAgo, end, active, facts);
        if (!year.isEmpty()) {
            long onTime = year.stream().filter(m -> m.frozenAt() != null
                    && !m.frozenAt().isAfter(m.startsAt().minusSeconds(3600L * m.leadHours()))).count();
            facts.add(Evidence.of(Measure.AGENDA_ON_TIME, 100.0 * onTime / year.size(), meetings,
                    "observatory.meeting.agendaOnTime", onTime, year.size(), active.agendaLeadHours()));
            Set<Integer> quarters = new HashSet<>();
            year.forEach(m -> quarters.add(m.startsAt().atZone(PARIS).getYear() * 10
                    + m.startsAt().atZone(PARIS).get(IsoFields.QUARTER_OF_YEAR)));
            int regular = Math.min(4, quarters.size());
            facts.add(Evidence.of(Measure.REGULAR_QUARTERS, regular, meetings, "observatory.meeting.quarters", regular));
            long hosts = year.stream().map(Held::host).filter(h -> h != null).distinct().count();
            facts.add(Evidence.of(Measure.ROTATION, hosts, "/territoires/" + siren + "/rotation",
                    "observatory.meeting.rotation", hosts, year.size()));
        }
        int opinions = jdbc.sql("""
                select count(*) from agenda_item i join meeting m on m.id = i.meeting_id
                where m.territory_siren = ? and i.opinion_forwarded_at >= ? and i.opinion_forwarded_at < ?""")
                .params(siren, Timestamp.from(yearAgo), Timestamp.from(end)).query(Integer.class).single();
        facts.add(Evidence.of(Measure.OPINIONS_FORWARDED, opinions, "/territoires/" + siren + "/calendrier",
                "observatory.meeting.opinions", opinions));
        int reflexive = reflexivePoints(siren, yearAgo, end);
        facts.add(Evidence.of(Measure.REFLEXIVE_POINTS, reflexive, meetings, "observatory.meeting.reflexive", reflexive));
        return facts;
    }

    private void upstream(String siren, Instant from, Instant end, ActiveRules active, List<Evidence> facts) {
        List<Instant> sittings = jdbc.sql("""
                select s.starts_at from elected_session s join body b on b.id = s.body_id
                where s.territory_siren = ? and b.kind in ('BUREAU', 'CONSEIL_COMMUNAUTAIRE')
                  and s.starts_at >= ? and s.starts_at < ? order by s.starts_at""")
                .params(siren, Timestamp.from(from), Timestamp.from(end))
                .query((rs, n) -> rs.getTimestamp(1).toInstant()).list();
        if (sittings.isEmpty()) {
            return;
        }
        List<LocalDate> meetingDays = jdbc.sql("""
                select m.starts_at from meeting m join body b on b.id = m.body_id
                where m.territory_siren = ? and b.kind = 'COLLECTIVE' and m.status = 'HELD'
                  and m.starts_at >= ? and m.starts_at < ?""")
                .params(siren, Timestamp.from(from.minusSeconds(86_400L * (active.upstreamWindowToDays() + 1))),
                        Timestamp.from(end))
                .query((rs, n) -> rs.getTimestamp(1).toInstant().atZone(PARIS).toLocalDate()).list();
        long prepared = sittings.stream().map(s -> s.atZone(PARIS).toLocalDate()).filter(d -> meetingDays.stream()
                .anyMatch(m -> !m.isBefore(d.minusDays(active.upstreamWindowToDays()))
                        && !m.isAfter(d.minusDays(active.upstreamWindowFromDays())))).count();
        facts.add(Evidence.of(Measure.UPSTREAM_SHARE, 100.0 * prepared / sittings.size(),
                "/territoires/" + siren + "/calendrier", "observatory.meeting.upstream", prepared, sittings.size(),
                active.upstreamWindowFromDays(), active.upstreamWindowToDays()));
    }

    private int reflexivePoints(String siren, Instant from, Instant end) {
        return jdbc.sql("""
                select count(*) from agenda_item i join meeting m on m.id = i.meeting_id
                where m.territory_siren = ? and i.kind = ? and m.status = 'HELD' and m.starts_at >= ? and m.starts_at < ?""")
                .params(siren, ItemKind.REFLEXIVE_POINT.name(), Timestamp.from(from), Timestamp.from(end))
                .query(Integer.class).single();
    }

    private List<Held> held(String siren, Instant from, Instant end) {
        return jdbc.sql("""
                select m.id, m.starts_at, m.host_siren, m.agenda_lead_hours, m.frozen_at, m.minutes_published_at
                from meeting m join body b on b.id = m.body_id
                where m.territory_siren = ? and b.kind = 'COLLECTIVE' and m.status = 'HELD'
                  and m.starts_at >= ? and m.starts_at < ? order by m.starts_at""")
                .params(siren, Timestamp.from(from), Timestamp.from(end))
                .query((rs, n) -> new Held(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getInt(4),
                        instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)))).list();
    }

    @Override
    public List<Signal> signals(String siren, LocalDate day) {
        Instant end = endOf(day);
        ActiveRules active = rules.rulesAt(siren, day);
        List<Signal> signals = new ArrayList<>();
        String meetings = "/territoires/" + siren + "/reunions";
        List<Held> year = held(siren, endOf(day.minusYears(1)), end);
        if (year.isEmpty()) {
            return signals;
        }
        // reflexive point: due every reflexiveEveryMonths months (charter rule)
        Instant lastReflexive = jdbc.sql("""
                select max(m.starts_at) from agenda_item i join meeting m on m.id = i.meeting_id
                where m.territory_siren = ? and i.kind = ? and m.status = 'HELD' and m.starts_at < ?""")
                .params(siren, ItemKind.REFLEXIVE_POINT.name(), Timestamp.from(end))
                .query((rs, n) -> instant(rs.getTimestamp(1))).optional().orElse(null);
        LocalDate since = lastReflexive == null ? firstHeld(siren) : lastReflexive.atZone(PARIS).toLocalDate();
        LocalDate due = since.plusMonths(active.reflexiveEveryMonths());
        if (due.isBefore(day)) {
            signals.add(new Signal(Alert.REFLEXIVE_OVERDUE, due, List.of(Fact.of(meetings,
                    lastReflexive == null ? "observatory.meeting.reflexiveNever" : "observatory.meeting.reflexiveLast",
                    fr.nouage.platform.DateFormats.of("dd/MM/yyyy", java.util.Locale.FRENCH).format(since),
                    active.reflexiveEveryMonths()))));
        }
        // minutes: published within minutesWithinDays (charter rule)
        List<Held> late = year.stream().filter(m -> {
            Instant dueAt = m.startsAt().plusSeconds(86_400L * active.minutesWithinDays());
            return dueAt.isBefore(end) && (m.minutesAt() == null || m.minutesAt().isAfter(dueAt));
        }).toList();
        if (!late.isEmpty()) {
            signals.add(new Signal(Alert.MINUTES_LATE, late.get(0).startsAt().atZone(PARIS).toLocalDate()
                    .plusDays(active.minutesWithinDays()), List.of(Fact.of(meetings, "observatory.meeting.minutesLate",
                            late.size(), year.size(), active.minutesWithinDays()))));
        }
        // travelling meetings
        if (year.size() >= 3 && year.stream().map(Held::host).distinct().count() <= 1) {
            signals.add(new Signal(Alert.MEETINGS_NEVER_TRAVEL, year.get(0).startsAt().atZone(PARIS).toLocalDate(),
                    List.of(Fact.of("/territoires/" + siren + "/rotation", "observatory.meeting.neverTravel", year.size()))));
        }
        lateDocuments(siren, day, signals);
        return signals;
    }

    private void lateDocuments(String siren, LocalDate day, List<Signal> signals) {
        int late = jdbc.sql("""
                select count(*) from agenda_document d join agenda_item i on i.id = d.item_id
                join meeting m on m.id = i.meeting_id
                where m.territory_siren = ? and d.late and d.uploaded_at >= ? and d.uploaded_at < ?""")
                .params(siren, Timestamp.from(endOf(day.minusMonths(6))), Timestamp.from(endOf(day)))
                .query(Integer.class).single();
        if (late >= 2) {
            signals.add(new Signal(Alert.DOCUMENTS_LATE, day.minusMonths(6), List.of(Fact.of(
                    "/territoires/" + siren + "/reunions", "observatory.meeting.documentsLate", late))));
        }
    }

    private LocalDate firstHeld(String siren) {
        return jdbc.sql("""
                select min(m.starts_at) from meeting m join body b on b.id = m.body_id
                where m.territory_siren = ? and b.kind = 'COLLECTIVE' and m.status = 'HELD'""")
                .param(siren).query((rs, n) -> instant(rs.getTimestamp(1))).single().atZone(PARIS).toLocalDate();
    }

    private static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(PARIS).toInstant();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    @EventListener
    void on(MeetingHeld e) {
        events.publishEvent(new EvidenceChanged(e.territorySiren()));
    }

    @EventListener
    void on(MinutesPublished e) {
        events.publishEvent(new EvidenceChanged(e.territorySiren()));
    }

    @EventListener
    void on(AgendaFrozen e) {
        events.publishEvent(new EvidenceChanged(e.territorySiren()));
    }

    @EventListener
    void on(OpinionForwarded e) {
        events.publishEvent(new EvidenceChanged(e.territorySiren()));
    }
}
