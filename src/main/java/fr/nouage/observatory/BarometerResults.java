package fr.nouage.observatory;

import java.time.Instant;
import java.util.Map;

/**
 * The results of a wave, shown only from {@code minimum} respondents: below it the means and counts
 * are {@code null}, and nobody can tell who answered what.
 *
 * @param bySizeClass means by size class of the respondents' collectivités, only when every class
 *                    present counts at least {@code minimum} respondents; otherwise {@code null}
 */
public record BarometerResults(long waveId, Instant openedAt, Instant closedAt, int respondents, int minimum,
        Map<Threshold, Double> perceived, Map<Relation, Integer> relations, Double trust, Double fear,
        Map<String, Map<Threshold, Double>> bySizeClass) {

    public boolean shown() {
        return perceived != null;
    }

    public boolean open() {
        return closedAt == null;
    }
}
