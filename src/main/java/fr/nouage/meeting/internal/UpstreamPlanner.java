package fr.nouage.meeting.internal;

import static fr.nouage.platform.DateFormats.PARIS;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import fr.nouage.meeting.ElectedSession;
import fr.nouage.meeting.Meeting;

/**
 * Places the collective's meetings upstream of the élus' sessions, inside the window the territory
 * set (by default between 2 and 10 days before the session).
 */
public final class UpstreamPlanner {

    static final LocalTime DEFAULT_START = LocalTime.of(9, 0);

    private UpstreamPlanner() {
    }

    /**
     * The meeting of {@code meetings} that prepares the session: the one linked to it, or else one
     * held inside the window before it.
     */
    public static Optional<Meeting> upstreamOf(ElectedSession session, List<Meeting> meetings, int fromDays,
            int toDays) {
        Optional<Meeting> linked = meetings.stream()
                .filter(m -> Long.valueOf(session.id()).equals(m.upstreamSessionId()) && !"CANCELLED".equals(m.status()))
                .findFirst();
        if (linked.isPresent()) {
            return linked;
        }
        LocalDate day = session.startsAt().atZone(PARIS).toLocalDate();
        LocalDate earliest = day.minusDays(toDays);
        LocalDate latest = day.minusDays(fromDays);
        return meetings.stream().filter(m -> !"CANCELLED".equals(m.status())).filter(m -> {
            LocalDate d = m.startsAt().atZone(PARIS).toLocalDate();
            return !d.isBefore(earliest) && !d.isAfter(latest);
        }).findFirst();
    }

    /**
     * A proposed start for the collective's meeting before {@code session}: the latest working day
     * of the window, at 9:00, whose agenda freeze is still ahead of {@code now}; empty when the
     * window has passed.
     */
    public static Optional<Instant> propose(ElectedSession session, int fromDays, int toDays, int leadHours,
            Instant now) {
        LocalDate day = session.startsAt().atZone(PARIS).toLocalDate();
        for (LocalDate d = day.minusDays(fromDays); !d.isBefore(day.minusDays(toDays)); d = d.minusDays(1)) {
            if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            Instant start = d.atTime(DEFAULT_START).atZone(PARIS).toInstant();
            if (start.minusSeconds(leadHours * 3600L).isAfter(now)) {
                return Optional.of(start);
            }
        }
        return Optional.empty();
    }
}
