package fr.nouage.meeting;

/** What an agenda item asks of the collective. */
public enum ItemKind {
    INFORMATION, EXCHANGE, TECHNICAL_OPINION, DECISION,
    /** A project of the portfolio reviewed by the collective (put on the agenda by a project review). */
    PROJECT_REVIEW,
    /** A point on how the group works (point réflexif): its page shows the path, the mirror and the alerts. */
    REFLEXIVE_POINT;

    /** Whether a member chooses it when proposing an item (a project review is put there by the portfolio). */
    public boolean proposable() {
        return this != PROJECT_REVIEW;
    }

    public String messageKey() {
        return "itemKind." + name();
    }
}
