package fr.nouage.meeting;

import java.time.Instant;

import fr.nouage.account.Actor;

/** Published once the minutes of a held meeting were published: from then on they cannot change. */
public record MinutesPublished(long meetingId, String territorySiren, Actor by, Instant at) {
}
