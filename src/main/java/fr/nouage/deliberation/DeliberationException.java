package fr.nouage.deliberation;

/** A refused deliberation step, with its message key and the kind of refusal. */
public class DeliberationException extends RuntimeException {

    /** Why the step was refused. */
    public enum Reason {
        NOT_FOUND, FORBIDDEN, INVALID, CONFLICT
    }

    private final Reason reason;
    private final String messageKey;
    private final transient Object[] arguments;

    public DeliberationException(Reason reason, String messageKey, Object... arguments) {
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
