package fr.nouage.meeting;

/** What an agenda item asks of the collective. */
public enum ItemKind {
    INFORMATION, EXCHANGE, TECHNICAL_OPINION, DECISION;

    public String messageKey() {
        return "itemKind." + name();
    }
}
