package fr.nouage.charter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import fr.nouage.rules.ActiveRules;
import fr.nouage.rules.AdoptionRule;
import fr.nouage.rules.DecisionMode;

class RuleParametersTest {

    @Test
    void parametersAreReadTypedAndWrittenBackInTheSameOrder() {
        RuleParameters rule = RuleParameters.parse("decisionMode = consent ; quorumPercent=60");
        assertThat(rule.format()).isEqualTo("decisionMode = CONSENT ; quorumPercent = 60");
        ActiveRules rules = RuleParameters.rulesOf(List.of(rule, RuleParameters.parse("agendaLeadHours = 72")));
        assertThat(rules.agendaLeadHours()).isEqualTo(72);
        assertThat(rules.quorumPercent()).isEqualTo(60);
        assertThat(rules.decisionMode()).isEqualTo(DecisionMode.CONSENT);
        assertThat(rules.upstreamWindowToDays()).isEqualTo(ActiveRules.defaults().upstreamWindowToDays());
    }

    @Test
    void aNegativeLeadTimeIsRefused() {
        assertThatThrownBy(() -> RuleParameters.rulesOf(List.of(RuleParameters.parse("agendaLeadHours = -12"))))
                .isInstanceOfSatisfying(CharterException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("rules.error.leadHours"));
    }

    @Test
    void aWindowEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> RuleParameters.rulesOf(List.of(
                RuleParameters.parse("upstreamWindowFromDays = 10 ; upstreamWindowToDays = 2"))))
                .isInstanceOfSatisfying(CharterException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("rules.error.window"));
    }

    @Test
    void aQuorumAboveHundredPercentIsRefused() {
        assertThatThrownBy(() -> RuleParameters.rulesOf(List.of(RuleParameters.parse("quorumPercent = 120"))))
                .isInstanceOfSatisfying(CharterException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("rules.error.quorum"));
    }

    @Test
    void unknownParametersWrongTypesAndRepeatsAreRefused() {
        assertThatThrownBy(() -> RuleParameters.parse("leadTime = 48")).isInstanceOfSatisfying(CharterException.class,
                e -> assertThat(e.messageKey()).isEqualTo("charter.error.ruleUnknown"));
        assertThatThrownBy(() -> RuleParameters.parse("agendaLeadHours = quarante")).isInstanceOfSatisfying(
                CharterException.class, e -> assertThat(e.messageKey()).isEqualTo("charter.error.ruleValue"));
        assertThatThrownBy(() -> RuleParameters.parse("rotation = peut-être")).isInstanceOfSatisfying(
                CharterException.class, e -> assertThat(e.messageKey()).isEqualTo("charter.error.ruleValue"));
        assertThatThrownBy(() -> RuleParameters.rulesOf(List.of(RuleParameters.parse("rotation = true"),
                RuleParameters.parse("rotation = false")))).isInstanceOfSatisfying(CharterException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("charter.error.ruleTwice"));
    }

    @Test
    void theRuleOfAdoptionIsATypedParameterWhoseDefaultIsEveryCollectivity() {
        assertThat(RuleParameters.rulesOf(List.of()).adoptionRule()).isEqualTo(AdoptionRule.ALL);
        RuleParameters rule = RuleParameters.parse("adoptionRule = two_thirds");
        assertThat(rule.format()).isEqualTo("adoptionRule = TWO_THIRDS");
        assertThat(RuleParameters.rulesOf(List.of(rule)).adoptionRule()).isEqualTo(AdoptionRule.TWO_THIRDS);
        assertThatThrownBy(() -> RuleParameters.parse("adoptionRule = unanimity")).isInstanceOfSatisfying(
                CharterException.class, e -> assertThat(e.messageKey()).isEqualTo("charter.error.ruleValue"));
    }

    @Test
    void noParametersMeansTheDefaults() {
        assertThat(RuleParameters.parse("  ")).isEqualTo(RuleParameters.NONE);
        assertThat(RuleParameters.rulesOf(List.of())).isEqualTo(ActiveRules.defaults());
    }
}
