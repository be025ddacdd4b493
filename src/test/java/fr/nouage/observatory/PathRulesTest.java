package fr.nouage.observatory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** The state of a threshold against hand-built histories, for each threshold's measures. */
class PathRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 15);

    /** Every measure of the threshold at its target (held) or at a tenth of it (not held). */
    private static List<Evidence> facts(Threshold threshold, boolean held) {
        return java.util.Arrays.stream(Measure.values()).filter(m -> m.threshold() == threshold)
                .map(m -> Evidence.of(m, held ? m.target() : m.target() / 10, "/x", "k")).toList();
    }

    /** Held at the quarter ends from {@code heldFrom} on (or never when null), not held before, since 2024. */
    private static NavigableMap<LocalDate, Boolean> past(LocalDate heldFrom, LocalDate heldUntil) {
        NavigableMap<LocalDate, Boolean> past = new TreeMap<>();
        for (LocalDate end : PathRules.quarterEnds(LocalDate.of(2024, 1, 10), TODAY)) {
            past.put(end, heldFrom != null && !end.isBefore(heldFrom) && (heldUntil == null || !end.isAfter(heldUntil)));
        }
        return past;
    }

    @Test
    void everyThresholdIsCrossedThenKeptAfterAYearThenSlippingAfterAGap() {
        for (Threshold t : Threshold.values()) {
            Reading held = PathRules.read(t, facts(t, true));
            Reading notHeld = PathRules.read(t, facts(t, false));
            assertThat(held.held()).as(t.name()).isTrue();
            assertThat(held.score()).isEqualTo(100);
            assertThat(notHeld.held()).isFalse();
            assertThat(notHeld.score()).isEqualTo(10);
            assertThat(PathRules.state(TODAY, notHeld, past(null, null))).as(t.name()).isEqualTo(ThresholdState.NOT_REACHED);
            // crossed at the end of June: less than a year
            assertThat(PathRules.state(TODAY, held, past(LocalDate.of(2026, 6, 30), null))).as(t.name())
                    .isEqualTo(ThresholdState.CROSSED);
            // held since September 2025: kept
            assertThat(PathRules.state(TODAY, held, past(LocalDate.of(2025, 9, 30), null))).as(t.name())
                    .isEqualTo(ThresholdState.KEPT);
            // held in 2024, a gap in 2025, held again: crossed, not kept
            NavigableMap<LocalDate, Boolean> gap = past(LocalDate.of(2024, 3, 31), null);
            gap.put(LocalDate.of(2026, 3, 31), false);
            assertThat(PathRules.state(TODAY, held, gap)).as(t.name()).isEqualTo(ThresholdState.CROSSED);
            // held until March 2026, not any more: slipping
            assertThat(PathRules.state(TODAY, notHeld, past(LocalDate.of(2025, 3, 31), LocalDate.of(2026, 3, 31))))
                    .as(t.name()).isEqualTo(ThresholdState.SLIPPING);
        }
    }

    @Test
    void aThresholdNoModuleReportsIsNotMeasuredNeverZero() {
        Reading reading = PathRules.read(Threshold.SHARED_VISION, facts(Threshold.PARITY, true));
        assertThat(reading.measured()).isFalse();
        assertThat(PathRules.state(TODAY, reading, past(LocalDate.of(2025, 3, 31), null)))
                .isEqualTo(ThresholdState.NOT_MEASURED);
    }

    @Test
    void aThresholdRestsOnTheMeasuresReportedAndIsHeldOnlyWhenEachIsMet() {
        List<Evidence> facts = List.of(Evidence.of(Measure.UPSTREAM_SHARE, 90, "/c", "k"),
                Evidence.of(Measure.AGENDA_ON_TIME, 40, "/c", "k"));
        Reading reading = PathRules.read(Threshold.DECISION_PROCESS, facts);
        assertThat(reading.held()).isFalse();
        assertThat(reading.score()).isEqualTo(75); // (100 + 50) / 2
        assertThat(reading.evidence()).hasSize(2);
    }

    @Test
    void quarterEndsRunFromTheStartToBeforeTheDay() {
        assertThat(PathRules.quarterEnds(LocalDate.of(2025, 2, 10), LocalDate.of(2025, 12, 31)))
                .containsExactly(LocalDate.of(2025, 3, 31), LocalDate.of(2025, 6, 30), LocalDate.of(2025, 9, 30));
    }
}
