package fr.nouage.deliberation;

import fr.nouage.platform.RefusedOperation;

/** A refused deliberation step (see {@link RefusedOperation}). */
public class DeliberationException extends RefusedOperation {

    public DeliberationException(Reason reason, String messageKey, Object... arguments) {
        super(reason, messageKey, arguments);
    }

    /** An invalid request, e.g. a date out of range ({@code DateRange.require(date, DeliberationException::invalid)}). */
    public static DeliberationException invalid(String messageKey, Object... arguments) {
        return new DeliberationException(Reason.INVALID, messageKey, arguments);
    }
}
