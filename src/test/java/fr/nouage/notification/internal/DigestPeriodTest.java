package fr.nouage.notification.internal;

import static fr.nouage.platform.DateFormats.PARIS;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import fr.nouage.notification.Frequency;

class DigestPeriodTest {

    private static Instant paris(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(PARIS).toInstant();
    }

    @Test
    void aDailyDigestCoversWhatHappenedBeforeTheDigestHourOfItsDay() {
        DigestPeriod morning = DigestPeriod.current(Frequency.DAILY, paris("2027-01-14T07:05"), 7);
        assertThat(morning.key()).isEqualTo("D2027-01-14");
        assertThat(morning.cutoff()).isEqualTo(paris("2027-01-14T07:00"));
        DigestPeriod night = DigestPeriod.current(Frequency.DAILY, paris("2027-01-15T06:59"), 7);
        assertThat(night).isEqualTo(morning);
    }

    @Test
    void aWeeklyDigestGoesOutOnMondayFromTheDigestHour() {
        DigestPeriod monday = DigestPeriod.current(Frequency.WEEKLY, paris("2027-01-11T07:00"), 7);
        assertThat(monday.key()).isEqualTo("W2027-01-11");
        assertThat(monday.cutoff()).isEqualTo(paris("2027-01-11T07:00"));
        assertThat(DigestPeriod.current(Frequency.WEEKLY, paris("2027-01-17T23:00"), 7)).isEqualTo(monday);
        assertThat(DigestPeriod.current(Frequency.WEEKLY, paris("2027-01-11T06:00"), 7).key()).isEqualTo("W2027-01-04");
    }

    @Test
    void followsParisTimeAcrossTheSummerTimeChangeAndTheYearEnd() {
        assertThat(DigestPeriod.current(Frequency.DAILY, Instant.parse("2027-03-28T05:30:00Z"), 7).key())
                .isEqualTo("D2027-03-28");
        assertThat(DigestPeriod.current(Frequency.DAILY, Instant.parse("2027-01-01T05:30:00Z"), 7).key())
                .isEqualTo("D2026-12-31");
        assertThat(DigestPeriod.current(Frequency.WEEKLY, paris("2027-01-01T12:00"), 7).key()).isEqualTo("W2026-12-28");
    }
}
