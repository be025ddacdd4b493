package fr.nouage.meeting;

/**
 * A refused operation on meetings, with the message key that explains it and the kind of refusal
 * (which the API turns into a status code).
 */
public class MeetingException extends RuntimeException {

    /** Why the operation was refused. */
    public enum Reason {
        NOT_FOUND, FORBIDDEN, INVALID, CONFLICT
    }

    private final Reason reason;
    private final String messageKey;
    private final transient Object[] arguments;

    public MeetingException(Reason reason, String messageKey, Object... arguments) {
        super(messageKey);
        this.reason = reason;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public Reason reason() {
        return reason;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
