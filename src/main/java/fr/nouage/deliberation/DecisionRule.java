package fr.nouage.deliberation;

import java.util.Map;

import fr.nouage.rules.DecisionMode;

/** How a decision mode turns positions into an outcome, once the quorum is checked. */
public final class DecisionRule {

    private DecisionRule() {
    }

    /**
     * @param counts        positions by stance (under consent, open objections must have been ruled out before)
     * @param present       collectivités present
     * @param quorum        collectivités required
     */
    public static DecisionOutcome outcome(DecisionMode mode, Map<Stance, Integer> counts, int present, int quorum) {
        if (present < quorum) {
            return DecisionOutcome.NO_QUORUM;
        }
        int agree = counts.getOrDefault(Stance.AGREE, 0) + counts.getOrDefault(Stance.RESERVATION, 0);
        int objections = counts.getOrDefault(Stance.OBJECTION, 0);
        return switch (mode) {
            case CONSENT -> DecisionOutcome.ADOPTED;
            case CONSENSUS -> objections == 0 && agree > 0 ? DecisionOutcome.ADOPTED : DecisionOutcome.NOT_ADOPTED;
            case MAJORITY -> agree * 2 > present ? DecisionOutcome.ADOPTED : DecisionOutcome.NOT_ADOPTED;
        };
    }
}
