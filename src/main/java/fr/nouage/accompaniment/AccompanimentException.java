package fr.nouage.accompaniment;

import fr.nouage.platform.RefusedOperation;

/** A refused operation on seminars, their wall or an accompaniment (see {@link RefusedOperation}). */
public class AccompanimentException extends RefusedOperation {

    public AccompanimentException(Reason reason, String messageKey, Object... arguments) {
        super(reason, messageKey, arguments);
    }
}
