package fr.nouage.network;

import fr.nouage.platform.RefusedOperation;

/** A refused operation on networks, referents or exchanges (see {@link RefusedOperation}). */
public class NetworkException extends RefusedOperation {

    public NetworkException(Reason reason, String messageKey, Object... arguments) {
        super(reason, messageKey, arguments);
    }

    /** An INVALID refusal (for {@link fr.nouage.platform.DateRange#require}). */
    public static NetworkException invalid(String messageKey, Object... arguments) {
        return new NetworkException(Reason.INVALID, messageKey, arguments);
    }
}
