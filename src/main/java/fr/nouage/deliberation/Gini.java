package fr.nouage.deliberation;

import java.util.Arrays;

/** Gini coefficient of a distribution: 0 when everyone contributes equally, near 1 when one does all. */
public final class Gini {

    private Gini() {
    }

    /** The Gini coefficient of non-negative values; 0 for an empty or all-zero distribution. */
    public static double of(int... values) {
        int n = values.length;
        long total = Arrays.stream(values).asLongStream().sum();
        if (n == 0 || total == 0) {
            return 0;
        }
        int[] sorted = values.clone();
        Arrays.sort(sorted);
        // G = (2 * sum(i * x_i) / (n * sum x)) - (n + 1) / n, with i from 1 on sorted values
        long weighted = 0;
        for (int i = 0; i < n; i++) {
            if (sorted[i] < 0) {
                throw new IllegalArgumentException("negative value");
            }
            weighted += (long) (i + 1) * sorted[i];
        }
        return 2.0 * weighted / ((double) n * total) - (n + 1.0) / n;
    }
}
