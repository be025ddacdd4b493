package fr.nouage.deliberation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GiniTest {

    @Test
    void equalContributionsGiveZero() {
        assertThat(Gini.of(3, 3, 3, 3)).isZero();
        assertThat(Gini.of(0, 0, 0)).isZero();
        assertThat(Gini.of()).isZero();
    }

    @Test
    void oneVoiceDoingEverythingGivesNearlyOne() {
        // n = 4, all on one: G = (n - 1) / n
        assertThat(Gini.of(0, 0, 0, 8)).isCloseTo(0.75, within(1e-9));
    }

    @Test
    void matchesAHandComputedDistribution() {
        // values 1, 2, 3, 4: sum |xi - xj| over ordered pairs = 20, mean 2.5, n = 4 → 20 / (2 * 16 * 2.5) = 0.25
        assertThat(Gini.of(4, 1, 3, 2)).isCloseTo(0.25, within(1e-9));
    }
}
