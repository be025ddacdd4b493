package fr.nouage.deliberation;

import java.time.Instant;

import fr.nouage.account.Actor;

/**
 * Published once when a consultation is closed and its result can be read.
 *
 * @param by who closed it before its date; {@link Actor#SYSTEM} when it closed at its date
 */
public record ConsultationClosed(long consultationId, String territorySiren, String title, Instant closedAt, Actor by) {
}
