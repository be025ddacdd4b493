package fr.nouage.deliberation;

import java.util.List;
import java.util.Set;

/**
 * The speakers of an item: those waiting, in the order they will speak, and those who spoke.
 *
 * @param heard collectivités that already spoke in the item's meeting (on any item)
 */
public record SpeakersList(long itemId, List<SpeakingTurn> waiting, List<SpeakingTurn> spoken, Set<String> heard) {

    /** Whether the collectivité of a turn has not spoken yet in this meeting. */
    public boolean notYetHeard(SpeakingTurn turn) {
        return turn.collectivitySiren() != null && !heard.contains(turn.collectivitySiren());
    }
}
