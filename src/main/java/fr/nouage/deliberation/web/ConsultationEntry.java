package fr.nouage.deliberation.web;

import fr.nouage.deliberation.Consultation;

/**
 * A consultation in the territory's list.
 *
 * @param answers     number of collectivités that answered
 * @param ownAnswered whether the user's collectivité answered, {@code null} for a user who answers for none
 */
public record ConsultationEntry(Consultation consultation, int answers, boolean open, Boolean ownAnswered) {
}
