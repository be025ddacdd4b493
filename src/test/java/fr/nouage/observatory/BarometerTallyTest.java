package fr.nouage.observatory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The k-anonymity rule of the barometer: nothing below five respondents, by size class only when each has five. */
class BarometerTallyTest {

    private static BarometerTally tally(int respondents, String... classes) {
        BarometerTally tally = new BarometerTally(5);
        for (int i = 0; i < respondents; i++) {
            tally.answer(i, classes[i % classes.length], i % 2 == 0 ? Relation.INTERDEPENDENCE : Relation.DEPENDENCE,
                    4, 2);
            tally.score(i, Threshold.PARITY, 1 + i % 5);
        }
        return tally;
    }

    @Test
    void fourRespondentsShowOnlyTheirNumber() {
        BarometerResults results = tally(4, "EPCI").results(1, Instant.EPOCH, null);
        assertThat(results.respondents()).isEqualTo(4);
        assertThat(results.shown()).isFalse();
        assertThat(results.perceived()).isNull();
        assertThat(results.relations()).isNull();
        assertThat(results.trust()).isNull();
    }

    @Test
    void fiveRespondentsShowMeansAndRelationsButNotSizeClassesOfFewerThanFive() {
        BarometerResults results = tally(5, "UNDER_1000", "FROM_10000").results(1, Instant.EPOCH, null);
        assertThat(results.shown()).isTrue();
        assertThat(results.perceived()).containsEntry(Threshold.PARITY, 3.0);
        assertThat(results.relations()).containsEntry(Relation.INTERDEPENDENCE, 3).containsEntry(Relation.DEPENDENCE, 2);
        assertThat(results.bySizeClass()).isNull();
    }

    @Test
    void sizeClassesAppearWhenEachCountsFive() {
        BarometerResults results = tally(10, "UNDER_1000", "FROM_10000").results(1, Instant.EPOCH, null);
        assertThat(results.bySizeClass()).containsOnlyKeys("UNDER_1000", "FROM_10000");
    }
}
