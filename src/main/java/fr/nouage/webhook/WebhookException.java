package fr.nouage.webhook;

import fr.nouage.platform.RefusedOperation;

/** A refused operation on webhooks. */
public class WebhookException extends RefusedOperation {

    public WebhookException(Reason reason, String messageKey, Object... arguments) {
        super(reason, messageKey, arguments);
    }
}
