package fr.nouage.meeting;

/**
 * Published when a technical opinion of the collective reached the élus' session item it concerns
 * (the meeting is held and the opinion written), and again each time its text changes.
 */
public record OpinionForwarded(long meetingId, long agendaItemId, long sessionId, long sessionItemId,
        String territorySiren) {
}
