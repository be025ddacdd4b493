package fr.nouage.notification;

/** How often a user wants the e-mails of their notifications (convocations always go at once). */
public enum Frequency {
    IMMEDIATE, DAILY, WEEKLY;

    public String messageKey() {
        return "notification.frequency." + name();
    }
}
