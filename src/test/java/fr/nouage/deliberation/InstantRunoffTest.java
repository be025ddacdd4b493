package fr.nouage.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Instant-runoff counts worked out by hand. */
class InstantRunoffTest {

    private static final long A = 1, B = 2, C = 3, D = 4;

    private static List<List<Long>> times(int n, List<Long> ballot) {
        return Collections.nCopies(n, ballot);
    }

    @SafeVarargs
    private static List<List<Long>> ballots(List<List<Long>>... groups) {
        return java.util.Arrays.stream(groups).flatMap(List::stream).toList();
    }

    /**
     * Nine ballots: 3 × A>B>C, 2 × B>C>A, 2 × C>B>A, 1 × D>C>B, 1 × D>B.
     * Round 1: A 3, B 2, C 2, D 2: no majority (5 needed); B, C and D tie for fewest with no earlier
     * round, D is listed last and goes. Round 2: D's ballots go to C and B: A 3, B 3, C 3; in round 1
     * B and C had fewer than A and tied, C is listed after B and goes. Round 3: C's two ballots and
     * D>C>B go to B: A 3, B 6, and B wins.
     */
    @Test
    void eliminatesUntilAMajorityWithTiesBrokenByEarlierRoundsThenByOrder() {
        var outcome = InstantRunoff.count(List.of(A, B, C, D), ballots(times(3, List.of(A, B, C)),
                times(2, List.of(B, C, A)), times(2, List.of(C, B, A)), times(1, List.of(D, C, B)),
                times(1, List.of(D, B))));

        assertThat(outcome.rounds()).hasSize(3);
        assertThat(outcome.rounds().get(0).votes()).containsExactly(Map.entry(A, 3), Map.entry(B, 2), Map.entry(C, 2),
                Map.entry(D, 2));
        assertThat(outcome.rounds().get(0).eliminated()).isEqualTo(D);
        assertThat(outcome.rounds().get(1).votes()).containsExactly(Map.entry(A, 3), Map.entry(B, 3), Map.entry(C, 3));
        assertThat(outcome.rounds().get(1).eliminated()).isEqualTo(C);
        assertThat(outcome.rounds().get(2).votes()).containsExactly(Map.entry(A, 3), Map.entry(B, 6));
        assertThat(outcome.rounds().get(2).eliminated()).isNull();
        assertThat(outcome.winner()).isEqualTo(B);
    }

    /**
     * Options listed Y, X, Z; ballots 4 × X, 3 × Y, 1 × Z>Y, 1 × Z. Round 1: Y 3, X 4, Z 2: Z goes.
     * Round 2: Y 4, X 4, one ballot exhausted, 8 counting: no majority. Y had fewer than X in round 1,
     * so Y goes although X is listed last. Round 3: X 4 of 4 counting wins.
     */
    @Test
    void aTieIsBrokenByThePreviousRoundBeforeTheOrderOfTheOptions() {
        long y = 10, x = 11, z = 12;
        var outcome = InstantRunoff.count(List.of(y, x, z), ballots(times(4, List.of(x)), times(3, List.of(y)),
                times(1, List.of(z, y)), times(1, List.of(z))));

        assertThat(outcome.rounds()).extracting(InstantRunoff.Round::eliminated).containsExactly(z, y, null);
        assertThat(outcome.rounds().get(1).exhausted()).isEqualTo(1);
        assertThat(outcome.rounds().get(2).exhausted()).isEqualTo(5);
        assertThat(outcome.winner()).isEqualTo(x);
    }

    @Test
    void aMajorityOfFirstPreferencesWinsAtOnce() {
        var outcome = InstantRunoff.count(List.of(A, B), ballots(times(2, List.of(A)), times(1, List.of(B, A))));

        assertThat(outcome.rounds()).hasSize(1);
        assertThat(outcome.winner()).isEqualTo(A);
    }

    @Test
    void withoutBallotsNobodyWins() {
        var outcome = InstantRunoff.count(List.of(A, B), List.of());

        assertThat(outcome.winner()).isNull();
        assertThat(outcome.rounds()).hasSize(1);
    }
}
