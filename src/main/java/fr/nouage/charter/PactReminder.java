package fr.nouage.charter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fr.nouage.territory.Collectivity;

/**
 * Something left to do on the pacte de gouvernance, with its due date.
 *
 * @param arguments arguments of the message (names, dates)
 * @param due       when it should be done, {@code null} without a legal date
 */
public record PactReminder(String messageKey, List<Object> arguments, LocalDate due, boolean overdue) {

    /** What remains to do on {@code today}, in the order of the procedure. */
    public static List<PactReminder> of(GovernancePact pact, Map<String, PactOpinion> opinions,
            List<Collectivity> communes, LocalDate today) {
        List<PactReminder> todo = new ArrayList<>();
        LocalDate adoption = pact.adoptionDeadline();
        if (pact.debateDate() == null) {
            todo.add(new PactReminder("pact.todo.debate", List.of(), adoption, today.isAfter(adoption)));
            return todo;
        }
        if (Boolean.FALSE.equals(pact.drawUp())) {
            return todo;
        }
        if (pact.draftSentOn() == null) {
            LocalDate due = adoption.minusMonths(2);
            todo.add(new PactReminder("pact.todo.sendDraft", List.of(), due, today.isAfter(due)));
        } else if (pact.adoptedOn() == null) {
            LocalDate deadline = pact.opinionsDeadline();
            for (Collectivity commune : communes) {
                if (!opinions.containsKey(commune.siren())) {
                    boolean lapsed = today.isAfter(deadline);
                    todo.add(new PactReminder(lapsed ? "pact.todo.opinionLapsed" : "pact.todo.opinion",
                            List.of(commune.name()), deadline, false));
                }
            }
        }
        if (pact.adoptedOn() == null) {
            todo.add(new PactReminder("pact.todo.adopt", List.of(), adoption, today.isAfter(adoption)));
        } else if (!pact.hasText()) {
            todo.add(new PactReminder("pact.todo.attach", List.of(), null, false));
        }
        return todo;
    }
}
