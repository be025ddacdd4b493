package fr.nouage.meeting;

/** Published once a meeting's agenda froze: the convocation can go out. */
public record AgendaFrozen(long meetingId, String territorySiren) {
}
