package fr.nouage.meeting;

import java.time.Instant;

import fr.nouage.account.Actor;

/**
 * Published when a meeting was marked held (its minutes open to the élus), or who chaired it was
 * corrected afterwards.
 */
public record MeetingHeld(long meetingId, String territorySiren, String chairedBy, Actor by, Instant at) {
}
