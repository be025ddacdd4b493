package fr.nouage.meeting.web;

import static fr.nouage.platform.DateFormats.PARIS;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import fr.nouage.rules.ActiveRules;
import fr.nouage.meeting.ElectedSession;
import fr.nouage.meeting.Meeting;
import fr.nouage.meeting.internal.UpstreamPlanner;

/**
 * A year of a territory's two chains side by side, month by month: the élus' sittings and the
 * collective's meetings.
 *
 * @param names names of the collectivités by SIREN (hosts of the meetings)
 */
public record CalendarView(String siren, int year, List<Month> months, Map<String, String> names,
        boolean mayOrganise) {

    /** One month: its sittings and its meetings, by date. */
    public record Month(YearMonth month, List<SessionEntry> sessions, List<Meeting> meetings) {

        public boolean empty() {
            return sessions.isEmpty() && meetings.isEmpty();
        }
    }

    /**
     * A sitting and what the chain says of it.
     *
     * @param upstream        the collective's meeting that prepares it, {@code null} if none
     * @param missingUpstream a bureau or conseil communautaire with no collective meeting upstream
     * @param proposal        the start the platform proposes for that missing meeting, {@code null}
     *                        when the window has passed
     * @param convocationLate its convocation went out (or is still unsent) after the legal deadline
     */
    public record SessionEntry(ElectedSession session, Meeting upstream, boolean missingUpstream, Instant proposal,
            boolean convocationLate) {
    }

    /**
     * Lays out the year.
     *
     * @param sessions the year's sittings
     * @param meetings the year's meetings and those that may prepare its sittings
     * @param rules    the rules in force on a day
     */
    static CalendarView of(String siren, int year, List<ElectedSession> sessions, List<Meeting> meetings,
            Function<LocalDate, ActiveRules> rules, LocalDate today, Instant now, Map<String, String> names,
            boolean mayOrganise) {
        Map<LocalDate, ActiveRules> rulesByDay = new HashMap<>();
        List<List<SessionEntry>> sessionsByMonth = emptyMonths();
        for (ElectedSession s : sessions) {
            LocalDate day = s.startsAt().atZone(PARIS).toLocalDate();
            Meeting upstream = null;
            boolean missing = false;
            Instant proposal = null;
            if (s.body().kind().preparedUpstream()) {
                ActiveRules r = rulesByDay.computeIfAbsent(day, rules);
                upstream = UpstreamPlanner.upstreamOf(s, meetings, r.upstreamWindowFromDays(),
                        r.upstreamWindowToDays()).orElse(null);
                missing = upstream == null;
                if (missing) {
                    proposal = UpstreamPlanner.propose(s, r.upstreamWindowFromDays(), r.upstreamWindowToDays(),
                            r.agendaLeadHours(), now).orElse(null);
                }
            }
            sessionsByMonth.get(day.getMonthValue() - 1)
                    .add(new SessionEntry(s, upstream, missing, proposal, s.convocationLate(today)));
        }
        List<List<Meeting>> meetingsByMonth = emptyMonths();
        for (Meeting m : meetings) {
            LocalDate day = m.startsAt().atZone(PARIS).toLocalDate();
            if (day.getYear() == year) {
                meetingsByMonth.get(day.getMonthValue() - 1).add(m);
            }
        }
        List<Month> months = new ArrayList<>(12);
        for (int i = 0; i < 12; i++) {
            months.add(new Month(YearMonth.of(year, i + 1), sessionsByMonth.get(i), meetingsByMonth.get(i)));
        }
        return new CalendarView(siren, year, months, names, mayOrganise);
    }

    /** How many bureau and conseil sittings of the year have no collective meeting upstream. */
    public long missingUpstreamCount() {
        return months.stream().flatMap(m -> m.sessions().stream()).filter(SessionEntry::missingUpstream).count();
    }

    /** The name of a collectivité, or an empty text. */
    public String name(String collectivitySiren) {
        return collectivitySiren == null ? "" : names.getOrDefault(collectivitySiren, collectivitySiren);
    }

    private static <T> List<List<T>> emptyMonths() {
        List<List<T>> months = new ArrayList<>(12);
        for (int i = 0; i < 12; i++) {
            months.add(new ArrayList<>());
        }
        return months;
    }
}
