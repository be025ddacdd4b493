package fr.nouage.platform;

/**
 * A refused operation, with the message key that explains it and the kind of refusal, which pages
 * and the API turn into a status code. Each module refuses with its own subclass.
 */
public abstract class RefusedOperation extends RuntimeException {

    /** Why the operation was refused. */
    public enum Reason {
        NOT_FOUND, FORBIDDEN, INVALID, CONFLICT
    }

    private final Reason reason;
    private final String messageKey;
    private final transient Object[] arguments;

    protected RefusedOperation(Reason reason, String messageKey, Object... arguments) {
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

    /** HTTP status of the refusal. */
    public int status() {
        return switch (reason) {
            case NOT_FOUND -> 404;
            case FORBIDDEN -> 403;
            case INVALID -> 400;
            case CONFLICT -> 409;
        };
    }
}
