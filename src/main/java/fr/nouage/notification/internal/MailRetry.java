package fr.nouage.notification.internal;

import java.time.Clock;
import java.time.Duration;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Tries again, now and then, the e-mails that could not go out (SMTP server down, restart). */
@Component
public class MailRetry {

    /** Left to the sending that follows their creation before being tried again. */
    static final Duration GRACE = Duration.ofMinutes(1);

    private final ConvocationMailer convocations;
    private final NotificationMailer notifications;
    private final Clock clock;

    MailRetry(ConvocationMailer convocations, NotificationMailer notifications, Clock clock) {
        this.convocations = convocations;
        this.notifications = notifications;
        this.clock = clock;
    }

    /**
     * Sends the convocations and immediate notifications still unsent.
     *
     * @return how many e-mails went out
     */
    @Scheduled(fixedDelayString = "${nouage.notification.retry-interval:PT5M}",
            initialDelayString = "${nouage.notification.retry-interval:PT5M}")
    public int retry() {
        return convocations.retryUnsent() + notifications.sendPendingImmediate(clock.instant().minus(GRACE));
    }
}
