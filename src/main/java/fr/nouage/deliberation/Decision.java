package fr.nouage.deliberation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import fr.nouage.rules.DecisionMode;

/**
 * A decision on an item, with the distribution of positions behind it.
 *
 * @param counts   number of positions by stance
 * @param present  collectivités present (attending or having expressed a position)
 * @param quorum   collectivités required
 * @param reviewOn date on which the decision is to be reviewed, if any
 */
public record Decision(long itemId, DecisionMode mode, DecisionOutcome outcome, String statement, LocalDate reviewOn,
        Map<Stance, Integer> counts, int present, int quorum, Instant decidedAt, String decidedBy) {
}
