package fr.nouage.meeting;

import java.time.Instant;

/** Published once a meeting's agenda froze: the convocation can go out. */
public record AgendaFrozen(long meetingId, String territorySiren, Instant at) {
}
