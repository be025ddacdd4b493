package fr.nouage.webhook.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import fr.nouage.webhook.WebhookProperties;
import fr.nouage.webhook.Webhooks;

/**
 * Sends the deliveries due, each signed with its webhook's secret: {@code X-Nouage-Signature:
 * sha256=<hex HMAC-SHA256 of the body>}, with {@code X-Nouage-Event} and {@code X-Nouage-Delivery}
 * (the event id, the same on every attempt, for the receiver to ignore a repeat). A 2xx answer
 * delivers it; anything else is tried again after the backoff, doubled at each failure, up to
 * {@code nouage.webhook.max-attempts}. Several instances share the work (a delivery is claimed first).
 */
@Component
public class WebhookDeliverer {

    private static final int BATCH = 50;
    private static final Duration MAX_BACKOFF = Duration.ofHours(6);

    private final WebhookRepository repository;
    private final WebhookProperties properties;
    private final Clock clock;
    private final HttpClient http;

    WebhookDeliverer(WebhookRepository repository, WebhookProperties properties, Clock clock) {
        this.repository = repository;
        this.properties = properties;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * Sends what is due now.
     *
     * @return how many deliveries succeeded
     */
    @Scheduled(fixedDelayString = "${nouage.webhook.poll:PT15S}", initialDelayString = "${nouage.webhook.poll:PT15S}")
    public int deliverDue() {
        int delivered = 0;
        Instant now = clock.instant();
        for (WebhookRepository.Due due : repository.due(now, properties.maxAttempts(), BATCH)) {
            if (repository.claim(due.id(), now, now.plus(properties.timeout().multipliedBy(3)))) {
                delivered += send(due) ? 1 : 0;
            }
        }
        return delivered;
    }

    private boolean send(WebhookRepository.Due due) {
        Integer status = null;
        String error;
        try {
            URI target = URI.create(due.url());
            if (!properties.allowPrivateTargets() && Webhooks.isPrivate(target.getHost())) {
                error = "private address";
            } else {
                HttpRequest request = HttpRequest.newBuilder(target).timeout(properties.timeout())
                        .header("Content-Type", "application/json")
                        .header("User-Agent", "Nouage-Webhook")
                        .header("X-Nouage-Event", due.event().type())
                        .header("X-Nouage-Delivery", due.eventId())
                        .header("X-Nouage-Signature", "sha256=" + sign(due.secret(), due.payload()))
                        .POST(HttpRequest.BodyPublishers.ofString(due.payload())).build();
                status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status >= 200 && status < 300) {
                    repository.delivered(due.id(), status, clock.instant());
                    return true;
                }
                error = "HTTP " + status;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        } catch (Exception e) {
            error = e.getClass().getSimpleName();
        }
        repository.failed(due.id(), status, error, clock.instant().plus(backoff(due.attempts())));
        return false;
    }

    /** The wait after the {@code attempts + 1}-th failure. */
    Duration backoff(int attempts) {
        Duration wait = properties.backoff().multipliedBy(1L << Math.min(attempts, 20));
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }

    /** The hex HMAC-SHA256 of a body with a webhook's secret, as receivers check it. */
    public static String sign(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
