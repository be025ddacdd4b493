package fr.nouage.notification.internal;

import static fr.nouage.platform.DateFormats.PARIS;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

import fr.nouage.notification.Frequency;

/**
 * The digest period in progress: a daily digest covers what happened before today's digest hour
 * (Europe/Paris), a weekly one what happened before Monday's.
 *
 * @param key    names the period, e.g. {@code D2027-01-14} or {@code W2027-01-11}
 * @param cutoff notifications created before it belong to this digest
 */
record DigestPeriod(String key, Instant cutoff) {


    static DigestPeriod current(Frequency frequency, Instant now, int hour) {
        ZonedDateTime local = now.atZone(PARIS);
        LocalDate day = local.getHour() < hour ? local.toLocalDate().minusDays(1) : local.toLocalDate();
        if (frequency == Frequency.WEEKLY) {
            LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return new DigestPeriod("W" + monday, monday.atTime(hour, 0).atZone(PARIS).toInstant());
        }
        if (frequency != Frequency.DAILY) {
            throw new IllegalArgumentException("no digest for " + frequency);
        }
        return new DigestPeriod("D" + day, day.atTime(hour, 0).atZone(PARIS).toInstant());
    }
}
