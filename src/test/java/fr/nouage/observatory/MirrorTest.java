package fr.nouage.observatory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Perceived against observed: the largest gaps are highlighted; unmeasured thresholds are never compared. */
class MirrorTest {

    @Test
    void theLargestGapsComeFirstAndUnmeasuredThresholdsAreLeftOut() {
        List<ThresholdStatus> maturity = new ArrayList<>();
        for (Threshold t : Threshold.values()) {
            ThresholdState state = t == Threshold.SHARED_VISION ? ThresholdState.NOT_MEASURED : ThresholdState.CROSSED;
            maturity.add(new ThresholdStatus(t, state, 50, List.of()));
        }
        Map<Threshold, Double> perceived = new EnumMap<>(Threshold.class);
        for (Threshold t : Threshold.values()) {
            perceived.put(t, 3.0); // 50 on 100
        }
        perceived.put(Threshold.PARITY, 5.0); // 100: +50
        perceived.put(Threshold.CULTURE, 1.0); // 0: -50
        perceived.put(Threshold.DELIBERATION, 4.0); // 75: +25
        perceived.put(Threshold.SHARED_VISION, 5.0); // not measured: no gap
        BarometerResults results = new BarometerResults(1, Instant.EPOCH, null, 6, 5, perceived, Map.of(), null, null, null);
        Mirror mirror = Mirror.of(maturity, Optional.of(results));
        assertThat(mirror.largestGaps()).extracting(Mirror.Line::threshold)
                .containsExactly(Threshold.PARITY, Threshold.CULTURE, Threshold.DELIBERATION);
        assertThat(mirror.lines().stream().filter(l -> l.threshold() == Threshold.SHARED_VISION).findFirst().orElseThrow()
                .comparable()).isFalse();
    }
}
