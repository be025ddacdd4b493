package fr.nouage.webhook;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of webhook deliveries ({@code nouage.webhook.*}).
 *
 * @param backoff             wait before the second attempt, doubled at each failure (capped at six hours)
 * @param maxAttempts         attempts before a delivery is abandoned (shown as such in the log)
 * @param timeout             how long a receiver has to answer
 * @param allowPrivateTargets whether addresses of this machine or of a private network are accepted
 *                            (off in production: a director could otherwise make the server call
 *                            its internal services; on for tests and local receivers)
 */
@Validated
@ConfigurationProperties("nouage.webhook")
public record WebhookProperties(@DefaultValue("PT1M") Duration backoff, @DefaultValue("10") int maxAttempts,
        @DefaultValue("PT10S") Duration timeout, @DefaultValue("false") boolean allowPrivateTargets) {
}
