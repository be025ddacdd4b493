package fr.nouage.meeting;

import fr.nouage.platform.RefusedOperation;

/** A refused operation on meetings (see {@link RefusedOperation}). */
public class MeetingException extends RefusedOperation {

    public MeetingException(Reason reason, String messageKey, Object... arguments) {
        super(reason, messageKey, arguments);
    }

    /** An invalid request, e.g. a date out of range ({@code DateRange.require(date, MeetingException::invalid)}). */
    public static MeetingException invalid(String messageKey, Object... arguments) {
        return new MeetingException(Reason.INVALID, messageKey, arguments);
    }
}
