package fr.nouage.charter;

import fr.nouage.platform.RefusedOperation;

/** A refused operation on a charter (see {@link RefusedOperation}). */
public class CharterException extends RefusedOperation {

    public CharterException(Reason reason, String messageKey, Object... arguments) {
        super(reason, messageKey, arguments);
    }

    /** An invalid request, e.g. a date out of range ({@code DateRange.require(date, CharterException::invalid)}). */
    public static CharterException invalid(String messageKey, Object... arguments) {
        return new CharterException(Reason.INVALID, messageKey, arguments);
    }
}
