package fr.nouage.notification;

/** What a notification tells. */
public enum NotificationKind {
    /** The agenda of a meeting froze and its convocation went out. */
    CONVOCATION,
    /** An item was proposed for a meeting of the user's territory. */
    ITEM_PROPOSED,
    /** A document was added to an item after the convocation went out. */
    LATE_DOCUMENT,
    /** A consultation between meetings was opened in the user's territory (the date is its closing). */
    CONSULTATION_OPENED,
    /** A consultation closed and its result can be read. */
    CONSULTATION_CLOSED;

    /** Key of the sentence that tells it, with arguments subject, detail and meeting date. */
    public String messageKey() {
        return "notification.text." + name();
    }
}
