package fr.nouage.meeting;

import fr.nouage.platform.RefusedOperation;

/** A refused operation on meetings (see {@link RefusedOperation}). */
public class MeetingException extends RefusedOperation {

    public MeetingException(Reason reason, String messageKey, Object... arguments) {
        super(reason, messageKey, arguments);
    }
}
