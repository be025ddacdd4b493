package fr.nouage.observatory;

import java.util.Map;

/**
 * What a director answers in a wave of the barometer.
 *
 * @param thresholds how far they feel the collective is on each threshold, 1 to 5 (some may be left out)
 * @param relation   how they see the relation of their collectivité to the others
 * @param trust      "I can count on the others' word", 1 to 5, or {@code null}
 * @param fear       "I fear my collectivité being used for others' ends", 1 to 5, or {@code null}
 */
public record BarometerAnswer(Map<Threshold, Integer> thresholds, Relation relation, Integer trust, Integer fear) {

    public BarometerAnswer {
        thresholds = Map.copyOf(thresholds);
    }
}
