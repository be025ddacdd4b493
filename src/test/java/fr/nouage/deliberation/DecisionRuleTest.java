package fr.nouage.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.nouage.rules.ActiveRules;
import fr.nouage.rules.DecisionMode;

class DecisionRuleTest {

    @Test
    void withoutQuorumNothingIsDecided() {
        assertThat(DecisionRule.outcome(DecisionMode.CONSENT, Map.of(Stance.AGREE, 3), 3, 6))
                .isEqualTo(DecisionOutcome.NO_QUORUM);
    }

    @Test
    void defaultQuorumIsHalfOfTheCollectivitiesPlusOne() {
        assertThat(ActiveRules.defaults().quorum(10)).isEqualTo(6);
        assertThat(ActiveRules.defaults().quorum(13)).isEqualTo(7);
    }

    @Test
    void consensusNeedsNoObjectionAndMajorityNeedsMoreThanHalfOfThosePresent() {
        assertThat(DecisionRule.outcome(DecisionMode.CONSENSUS, Map.of(Stance.AGREE, 5, Stance.OBJECTION, 1), 6, 4))
                .isEqualTo(DecisionOutcome.NOT_ADOPTED);
        assertThat(DecisionRule.outcome(DecisionMode.CONSENSUS, Map.of(Stance.AGREE, 5, Stance.RESERVATION, 1), 6, 4))
                .isEqualTo(DecisionOutcome.ADOPTED);
        assertThat(DecisionRule.outcome(DecisionMode.MAJORITY, Map.of(Stance.AGREE, 3, Stance.OBJECTION, 3), 6, 4))
                .isEqualTo(DecisionOutcome.NOT_ADOPTED);
        assertThat(DecisionRule.outcome(DecisionMode.MAJORITY, Map.of(Stance.AGREE, 3, Stance.RESERVATION, 1,
                Stance.OBJECTION, 2), 6, 4)).isEqualTo(DecisionOutcome.ADOPTED);
    }
}
