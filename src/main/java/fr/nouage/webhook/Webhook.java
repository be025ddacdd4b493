package fr.nouage.webhook;

import java.time.Instant;
import java.util.Set;

/** An address a territory's events are sent to (its secret is never shown again after creation). */
public record Webhook(long id, String territorySiren, String url, Set<WebhookEvent> events, String createdBy,
        Instant createdAt) {
}
