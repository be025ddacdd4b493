package fr.nouage.meeting;

/** Published when an item was added to a meeting's agenda. */
public record AgendaItemProposed(long meetingId, long itemId, String territorySiren, long proposedByAccountId) {
}
