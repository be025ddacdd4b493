package fr.nouage.webhook;

import java.time.Instant;

/**
 * One event sent (or to send) to one webhook: the delivery log.
 *
 * @param deliveredAt   when the receiver answered 2xx, {@code null} before
 * @param nextAttemptAt when it is tried again while not delivered
 * @param lastStatus    the receiver's last HTTP status, {@code null} when it could not be reached
 */
public record Delivery(long id, long webhookId, String url, String eventId, WebhookEvent event, Instant createdAt,
        int attempts, Instant nextAttemptAt, Instant deliveredAt, Integer lastStatus, String lastError) {

    /** Whether no more attempt will be made. */
    public boolean abandoned(int maxAttempts) {
        return deliveredAt == null && attempts >= maxAttempts;
    }
}
