package fr.nouage.deliberation;

/** Where an objection stands: it blocks a decision by consent while open. */
public enum ObjectionStatus {
    OPEN, ANSWERED, WITHDRAWN;

    public boolean blocks() {
        return this == OPEN;
    }

    public String messageKey() {
        return "objection." + name();
    }
}
