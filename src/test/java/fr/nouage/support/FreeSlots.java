package fr.nouage.support;

import static fr.nouage.platform.DateFormats.PARIS;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Meeting times that no other test of the run (nor the demo) has taken in a territory: the test
 * classes of a database share one application, so two tests asking for "61 days ahead at 9:00" in
 * the same territory would clash, whatever today's date and the order of the classes. A slot is the
 * first start from the wanted one, by steps of three hours between 6:00 and 21:00, where the
 * territory has no meeting within a default meeting's length and that no test took before.
 */
public final class FreeSlots {

    private static final Duration LENGTH = Duration.ofMinutes(150);
    private static final List<Object[]> TAKEN_STARTS = new ArrayList<>();
    private static final Set<String> TAKEN_DAYS = new HashSet<>();

    private final JdbcClient jdbc;

    public FreeSlots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A free start in the territory from {@code daysAhead} days ahead at 9:00 (Paris time). */
    public LocalDateTime from(String territorySiren, int daysAhead) {
        return from(territorySiren, LocalDate.now(PARIS).plusDays(daysAhead).atTime(9, 0));
    }

    /** The first free start in the territory at or after {@code wanted}. */
    public synchronized LocalDateTime from(String territorySiren, LocalDateTime wanted) {
        LocalDateTime start = wanted.withSecond(0).withNano(0);
        while (!free(territorySiren, start)) {
            start = start.getHour() >= 18 ? start.toLocalDate().plusDays(1).atTime(6, start.getMinute())
                    : start.plusHours(3);
        }
        TAKEN_STARTS.add(new Object[] {territorySiren, start});
        return start;
    }

    /**
     * The first day on or after {@code wanted}, on the same day of the week, on which the territory
     * has neither a meeting nor an élus' sitting (nor two days later) and that no test took before:
     * a test may then plan several things that day without meeting another test's.
     */
    public synchronized LocalDate day(String territorySiren, LocalDate wanted) {
        LocalDate day = wanted;
        while (TAKEN_DAYS.contains(territorySiren + day) || TAKEN_DAYS.contains(territorySiren + day.minusDays(2))
                || TAKEN_DAYS.contains(territorySiren + day.plusDays(2)) || busy(territorySiren, day)
                || busy(territorySiren, day.plusDays(2))) {
            day = day.plusWeeks(1);
        }
        TAKEN_DAYS.add(territorySiren + day);
        TAKEN_STARTS.add(new Object[] {territorySiren, day.atTime(9, 0)});
        TAKEN_STARTS.add(new Object[] {territorySiren, day.atTime(14, 0)});
        return day;
    }

    private boolean busy(String territorySiren, LocalDate day) {
        Timestamp from = Timestamp.from(day.atStartOfDay(PARIS).toInstant());
        Timestamp to = Timestamp.from(day.plusDays(1).atStartOfDay(PARIS).toInstant());
        return jdbc.sql("""
                select (select count(*) from meeting where territory_siren = :t and starts_at < :to and ends_at > :from)
                     + (select count(*) from elected_session where territory_siren = :t and starts_at >= :from
                        and starts_at < :to)""")
                .param("t", territorySiren).param("from", from).param("to", to).query(Integer.class).single() > 0;
    }

    private boolean free(String territorySiren, LocalDateTime start) {
        for (Object[] taken : TAKEN_STARTS) {
            LocalDateTime other = (LocalDateTime) taken[1];
            if (taken[0].equals(territorySiren) && Duration.between(other, start).abs().compareTo(LENGTH.plusHours(1)) < 0) {
                return false;
            }
        }
        Timestamp from = Timestamp.from(start.minus(Duration.ofMinutes(30)).atZone(PARIS).toInstant());
        Timestamp to = Timestamp.from(start.plus(LENGTH).plus(Duration.ofMinutes(30)).atZone(PARIS).toInstant());
        return jdbc.sql("select count(*) from meeting where territory_siren = ? and starts_at < ? and ends_at > ?")
                .params(territorySiren, to, from).query(Integer.class).single() == 0;
    }
}
