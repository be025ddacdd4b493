package fr.nouage.charter;

import fr.nouage.platform.RefusedOperation;

/** A refused operation on a charter (see {@link RefusedOperation}). */
public class CharterException extends RefusedOperation {

    public CharterException(Reason reason, String messageKey, Object... arguments) {
        super(reason, messageKey, arguments);
    }
}
