package fr.nouage.diagnostic;

import fr.nouage.platform.RefusedOperation;

/** A refused operation of the diagnostic (see {@link RefusedOperation}). */
public class DiagnosticException extends RefusedOperation {

    public DiagnosticException(Reason reason, String messageKey, Object... arguments) {
        super(reason, messageKey, arguments);
    }
}
