package fr.nouage.observatory;

import fr.nouage.platform.RefusedOperation;

/** A refused operation of the observatory (see {@link RefusedOperation}). */
public class ObservatoryException extends RefusedOperation {

    public ObservatoryException(Reason reason, String messageKey, Object... arguments) {
        super(reason, messageKey, arguments);
    }
}
