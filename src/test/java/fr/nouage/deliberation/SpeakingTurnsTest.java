package fr.nouage.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The order of the speakers when collectivités not yet heard get priority. */
class SpeakingTurnsTest {

    private static SpeakingTurn turn(long id, String siren) {
        return new SpeakingTurn(id, 1, siren, id, "Orateur " + id, SpeakingIntent.FOR, Instant.EPOCH.plusSeconds(id),
                null, null);
    }

    @Test
    void theFirstTurnOfEachCollectivityNotYetHeardComesFirstTheRestKeepsItsOrder() {
        var epci = turn(1, "EPCI");
        var heard = turn(2, "HEARD");
        var small = turn(3, "SMALL");
        var facilitator = turn(4, null);
        var smallAgain = turn(5, "SMALL");
        var other = turn(6, "OTHER");

        List<SpeakingTurn> ordered = SpeakingTurns.prioritised(List.of(epci, heard, small, facilitator, smallAgain,
                other), Set.of("EPCI", "HEARD"));

        assertThat(ordered).containsExactly(small, other, epci, heard, facilitator, smallAgain);
    }

    @Test
    void nothingMovesWhenEveryoneWasHeard() {
        var a = turn(1, "A");
        var b = turn(2, "B");
        assertThat(SpeakingTurns.prioritised(List.of(a, b), Set.of("A", "B"))).containsExactly(a, b);
    }
}
