package fr.nouage.notification.web;

import fr.nouage.meeting.Convocation;

/**
 * A convened member as the facilitator sees them.
 *
 * @param collectivity the collectivité a director acts for, {@code null} for the facilitator
 */
public record ConvocationRow(Convocation convocation, String name, String collectivity) {
}
