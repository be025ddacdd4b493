package fr.nouage.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.nouage.support.NouageIT;

/** Rules enacted from a date apply from that date on; before it, the earlier rules or the defaults. */
abstract class RulesPersistenceContract extends NouageIT {

    @Autowired
    Rules rules;

    @Test
    void enactedRulesApplyFromTheirDateOnly() {
        String territory = ERDRE;
        LocalDate from = LocalDate.of(2031, 3, 1);
        ActiveRules longerLead = new ActiveRules(2, 72, 2, 10, DecisionMode.CONSENT, 50, true, 7, false, 6, true, AdoptionRule.ALL);
        // other tests sharing the database may have adopted a charter on this territory already
        ActiveRules before = rules.rulesAt(territory, from.minusDays(1));
        rules.enact(territory, from, longerLead);

        assertThat(rules.rulesAt(territory, from.minusDays(1))).isEqualTo(before);
        assertThat(rules.rulesAt(territory, from).agendaLeadHours()).isEqualTo(72);
        assertThat(rules.rulesAt(territory, from.plusYears(1)).charterVersion()).isEqualTo(2);
        assertThat(rules.rulesAt(ANCENIS, from).agendaLeadHours()).isEqualTo(48);
        assertThat(rules.history(territory)).extracting(Rules.Enacted::effectiveFrom).contains(from);
    }
}
