package fr.nouage.deliberation;

import java.util.List;
import java.util.Map;

/**
 * The distribution of positions on an item and the divergent voices behind it, as the minutes and
 * the élus show it: divergence is kept, not averaged away.
 *
 * @param counts   positions by stance, every stance present (0 when none)
 * @param voices   the reservations and objections with their reasons, by collectivité name
 * @param outcome  the decision taken on the item, {@code null} before any
 */
public record ItemDistribution(long itemId, Map<Stance, Integer> counts, List<Voice> voices, DecisionOutcome outcome) {

    /**
     * A reservation or an objection.
     *
     * @param objectionStatus for an objection, whether it is open, answered or withdrawn
     */
    public record Voice(String collectivitySiren, String collectivityName, Stance stance, String argument,
            ObjectionStatus objectionStatus) {
    }

    /** Number of collectivités that expressed a position. */
    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int count(Stance stance) {
        return counts.getOrDefault(stance, 0);
    }

    /** Whether no collectivité expressed a position. */
    public boolean empty() {
        return total() == 0;
    }
}
