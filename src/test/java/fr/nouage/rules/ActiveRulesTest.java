package fr.nouage.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ActiveRulesTest {

    private static ActiveRules with(int lead, int from, int to, int quorum) {
        return new ActiveRules(null, lead, from, to, DecisionMode.CONSENT, quorum, true, 7, false, 6, true, AdoptionRule.ALL);
    }

    @Test
    void theDefaultsAreThoseOfTheDesign() {
        ActiveRules defaults = ActiveRules.defaults();
        assertThat(defaults.charterVersion()).isNull();
        assertThat(defaults.agendaLeadHours()).isEqualTo(48);
        assertThat(defaults.upstreamWindowFromDays()).isEqualTo(2);
        assertThat(defaults.upstreamWindowToDays()).isEqualTo(10);
        assertThat(defaults.decisionMode()).isEqualTo(DecisionMode.CONSENT);
        assertThat(defaults.validated()).isEqualTo(defaults);
    }

    @Test
    void refusesParametersOutOfRange() {
        assertThatThrownBy(() -> with(-1, 2, 10, 50).validated()).isInstanceOf(InvalidRulesException.class)
                .hasMessage("rules.error.leadHours");
        assertThatThrownBy(() -> with(48, 10, 2, 50).validated()).hasMessage("rules.error.window");
        assertThatThrownBy(() -> with(48, 2, 10, 101).validated()).hasMessage("rules.error.quorum");
    }
}
