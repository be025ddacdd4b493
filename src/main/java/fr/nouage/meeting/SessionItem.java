package fr.nouage.meeting;

/** An item of the agenda of an élus' sitting. */
public record SessionItem(long id, long sessionId, int position, String title) {
}
