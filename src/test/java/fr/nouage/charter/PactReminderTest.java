package fr.nouage.charter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.nouage.territory.Collectivity;
import fr.nouage.territory.CollectivityKind;

class PactReminderTest {

    private static final LocalDate RENEWAL = LocalDate.of(2026, 3, 22);
    private static final List<Collectivity> COMMUNES = List.of(
            new Collectivity("210000001", "44001", "Aval", CollectivityKind.COMMUNE, 800, "244400000", true),
            new Collectivity("210000002", "44002", "Bellevue", CollectivityKind.COMMUNE, 5200, "244400000", true));

    private static GovernancePact pact(LocalDate debate, Boolean drawUp, LocalDate sent, LocalDate adopted, Long text) {
        return new GovernancePact(1, "244400000", RENEWAL, debate, drawUp, sent, adopted, null, null, text, null, 0);
    }

    @Test
    void beforeTheDebateOnlyTheDebateIsDueByTheNinthMonth() {
        List<PactReminder> todo = PactReminder.of(pact(null, null, null, null, null), Map.of(), COMMUNES,
                LocalDate.of(2026, 5, 1));
        assertThat(todo).containsExactly(new PactReminder("pact.todo.debate", List.of(), LocalDate.of(2026, 12, 22), false));
    }

    @Test
    void aDebateThatDecidesNoPactLeavesNothingToDo() {
        assertThat(PactReminder.of(pact(LocalDate.of(2026, 5, 1), false, null, null, null), Map.of(), COMMUNES,
                LocalDate.of(2026, 6, 1))).isEmpty();
    }

    @Test
    void theDraftMustLeaveTwoMonthsForOpinionsBeforeTheDeadline() {
        List<PactReminder> todo = PactReminder.of(pact(LocalDate.of(2026, 5, 1), true, null, null, null), Map.of(),
                COMMUNES, LocalDate.of(2026, 10, 23));
        assertThat(todo).extracting(PactReminder::messageKey).containsExactly("pact.todo.sendDraft", "pact.todo.adopt");
        assertThat(todo.get(0).due()).isEqualTo(LocalDate.of(2026, 10, 22));
        assertThat(todo.get(0).overdue()).isTrue();
        assertThat(todo.get(1).overdue()).isFalse();
    }

    @Test
    void eachCommuneWithoutOpinionIsAwaitedUntilTwoMonthsAfterTheDraftThenLapsed() {
        GovernancePact sent = pact(LocalDate.of(2026, 5, 1), true, LocalDate.of(2026, 6, 15), null, null);
        Map<String, PactOpinion> opinions = Map.of("210000001", new PactOpinion("210000001", PactOpinion.Kind.FAVORABLE,
                LocalDate.of(2026, 7, 1), null, "DGS"));
        List<PactReminder> open = PactReminder.of(sent, opinions, COMMUNES, LocalDate.of(2026, 8, 15));
        assertThat(open).containsExactly(
                new PactReminder("pact.todo.opinion", List.of("Bellevue"), LocalDate.of(2026, 8, 15), false),
                new PactReminder("pact.todo.adopt", List.of(), LocalDate.of(2026, 12, 22), false));
        assertThat(PactReminder.of(sent, opinions, COMMUNES, LocalDate.of(2026, 8, 16)).get(0).messageKey())
                .isEqualTo("pact.todo.opinionLapsed");
    }

    @Test
    void onceAdoptedOnlyTheTextRemainsToAttachThenNothing() {
        GovernancePact adopted = pact(LocalDate.of(2026, 5, 1), true, LocalDate.of(2026, 6, 15), LocalDate.of(2026, 11, 2),
                null);
        assertThat(PactReminder.of(adopted, Map.of(), COMMUNES, LocalDate.of(2026, 11, 3)))
                .extracting(PactReminder::messageKey).containsExactly("pact.todo.attach");
        GovernancePact withText = pact(LocalDate.of(2026, 5, 1), true, LocalDate.of(2026, 6, 15),
                LocalDate.of(2026, 11, 2), 1234L);
        assertThat(PactReminder.of(withText, Map.of(), COMMUNES, LocalDate.of(2026, 11, 3))).isEmpty();
    }
}
