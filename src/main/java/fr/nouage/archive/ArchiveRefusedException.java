package fr.nouage.archive;

/**
 * An archive that cannot be imported (or a territory that cannot be exported); nothing was written.
 * Carries the message key of the reason shown to the admin.
 */
public class ArchiveRefusedException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public ArchiveRefusedException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args;
    }

    public ArchiveRefusedException(String messageKey, Throwable cause, Object... args) {
        super(messageKey, cause);
        this.messageKey = messageKey;
        this.args = args;
    }

    /** Key of the reason in the message bundles. */
    public String messageKey() {
        return messageKey;
    }

    /** Arguments of the message. */
    public Object[] args() {
        return args.clone();
    }
}
