package fr.nouage.meeting;

/** Where an action item stands. */
public enum ActionStatus {
    OPEN, IN_PROGRESS, DONE;

    public String messageKey() {
        return "actionStatus." + name();
    }
}
