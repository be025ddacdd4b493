package fr.nouage.deliberation;

/** What a decision on an item came to. */
public enum DecisionOutcome {
    ADOPTED, NOT_ADOPTED, NO_QUORUM;

    /** Whether the item is closed by it (no more positions): adopted or not, but not without quorum. */
    public boolean closes() {
        return this != NO_QUORUM;
    }

    public String messageKey() {
        return "decision." + name();
    }
}
