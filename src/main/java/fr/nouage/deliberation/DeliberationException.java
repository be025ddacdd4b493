package fr.nouage.deliberation;

import fr.nouage.platform.RefusedOperation;

/** A refused deliberation step (see {@link RefusedOperation}). */
public class DeliberationException extends RefusedOperation {

    public DeliberationException(Reason reason, String messageKey, Object... arguments) {
        super(reason, messageKey, arguments);
    }
}
