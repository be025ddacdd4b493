package fr.nouage.deliberation;

/** Published once an item is decided (adopted or not). */
public record ItemDecided(long itemId, long meetingId, String territorySiren, DecisionOutcome outcome) {
}
