package fr.nouage.meeting;

/** What came out of an agenda item once discussed. */
public enum ItemOutcome {
    NOTED, OPINION, DECISION, DEFERRED;

    public String messageKey() {
        return "outcome." + name();
    }
}
