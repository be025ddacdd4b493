package fr.nouage.meeting.internal;

import static fr.nouage.platform.DateFormats.PARIS;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import fr.nouage.meeting.Body;
import fr.nouage.meeting.BodyKind;
import fr.nouage.meeting.ElectedSession;
import fr.nouage.meeting.Meeting;

class UpstreamPlannerTest {

    private static final Body CONSEIL = new Body(1, "248500662", BodyKind.CONSEIL_COMMUNAUTAIRE, "Conseil", null);

    private static Instant paris(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0).atZone(PARIS).toInstant();
    }

    private static ElectedSession sittingOn(LocalDate day) {
        return new ElectedSession(7, CONSEIL, day.atTime(18, 30).atZone(PARIS).toInstant(), null, false, false,
                day.minusDays(6), null);
    }

    private static Meeting meetingAt(Instant start, Long linkedSession, String status) {
        return new Meeting(1, "248500662", 2, start, start.plus(Duration.ofHours(2)), null, null, null, 48,
                start.minus(Duration.ofHours(48)), null, linkedSession, null, status, null, 0);
    }

    @Test
    void proposesTheLatestWorkingDayOfTheWindowAtNine() {
        // Thursday 14 January 2027: two days before is Tuesday 12
        Optional<Instant> proposal = UpstreamPlanner.propose(sittingOn(LocalDate.of(2027, 1, 14)), 2, 10, 48,
                paris(2027, 1, 1, 12));

        assertThat(proposal).contains(paris(2027, 1, 12, 9));
    }

    @Test
    void skipsTheWeekend() {
        // Monday 18 January 2027: two days before is Saturday 16, so Friday 15
        Optional<Instant> proposal = UpstreamPlanner.propose(sittingOn(LocalDate.of(2027, 1, 18)), 2, 10, 48,
                paris(2027, 1, 1, 12));

        assertThat(proposal).contains(paris(2027, 1, 15, 9));
    }

    @Test
    void staysInsideTheWindowTheRulesSet() {
        // Window 4 to 6 days before Thursday 14 January: Sunday 10 is the latest, not a working day,
        // then Saturday 9 is not either, then Friday 8
        Optional<Instant> proposal = UpstreamPlanner.propose(sittingOn(LocalDate.of(2027, 1, 14)), 4, 6, 48,
                paris(2027, 1, 1, 12));
        assertThat(proposal).contains(paris(2027, 1, 8, 9));

        // a window made only of a weekend has nothing to propose
        assertThat(UpstreamPlanner.propose(sittingOn(LocalDate.of(2027, 1, 14)), 4, 5, 48, paris(2027, 1, 1, 12)))
                .isEmpty();
    }

    @Test
    void proposesNothingOnceTheFreezeOfEveryDayOfTheWindowHasPassed() {
        LocalDate thursday = LocalDate.of(2027, 1, 14);
        // Tuesday 12 at 9:00 freezes Sunday 10 at 9:00: still ahead on Saturday evening
        assertThat(UpstreamPlanner.propose(sittingOn(thursday), 2, 10, 48, paris(2027, 1, 9, 20)))
                .contains(paris(2027, 1, 12, 9));
        // on Sunday at 10:00 that freeze has passed, and so have those of the earlier days
        assertThat(UpstreamPlanner.propose(sittingOn(thursday), 2, 10, 48, paris(2027, 1, 10, 10))).isEmpty();
    }

    @Test
    void findsTheMeetingHeldInsideTheWindowOnly() {
        ElectedSession sitting = sittingOn(LocalDate.of(2027, 1, 14));
        Meeting tooEarly = meetingAt(paris(2027, 1, 3, 9), null, "PLANNED");
        Meeting tooLate = meetingAt(paris(2027, 1, 13, 9), null, "PLANNED");
        Meeting inWindow = meetingAt(paris(2027, 1, 11, 9), null, "PLANNED");

        assertThat(UpstreamPlanner.upstreamOf(sitting, List.of(tooEarly, tooLate), 2, 10)).isEmpty();
        assertThat(UpstreamPlanner.upstreamOf(sitting, List.of(tooEarly, inWindow, tooLate), 2, 10)).contains(inWindow);
    }

    @Test
    void aMeetingLinkedToTheSittingPreparesItEvenOutsideTheWindowUnlessCancelled() {
        ElectedSession sitting = sittingOn(LocalDate.of(2027, 1, 14));
        Meeting linkedEarly = meetingAt(paris(2026, 12, 20, 9), 7L, "PLANNED");
        Meeting cancelled = meetingAt(paris(2027, 1, 11, 9), null, "CANCELLED");

        assertThat(UpstreamPlanner.upstreamOf(sitting, List.of(linkedEarly), 2, 10)).contains(linkedEarly);
        assertThat(UpstreamPlanner.upstreamOf(sitting, List.of(cancelled), 2, 10)).isEmpty();
    }
}
