package fr.nouage.project;

import fr.nouage.platform.RefusedOperation;

/** A refused operation on projects or conventions (see {@link RefusedOperation}). */
public class ProjectException extends RefusedOperation {

    public ProjectException(Reason reason, String messageKey, Object... arguments) {
        super(reason, messageKey, arguments);
    }
}
