package fr.nouage.meeting;

import java.time.Instant;

import fr.nouage.account.Actor;

/** Published when someone saved a change to the minutes or the outcome of an agenda item. */
public record MinutesEdited(long meetingId, long itemId, String territorySiren, Actor by, Instant at) {
}
