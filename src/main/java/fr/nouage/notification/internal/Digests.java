package fr.nouage.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import fr.nouage.notification.Frequency;

/** Sends the daily and weekly digests, each once per user and period across instances. */
@Component
public class Digests {

    private static final Logger log = LoggerFactory.getLogger(Digests.class);

    private final NotificationRepository repository;
    private final NotificationMailer mailer;
    private final NotificationProperties properties;
    private final Clock clock;

    Digests(NotificationRepository repository, NotificationMailer mailer, NotificationProperties properties,
            Clock clock) {
        this.repository = repository;
        this.mailer = mailer;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${nouage.notification.digest-check:PT5M}",
            initialDelayString = "${nouage.notification.digest-check:PT5M}")
    void scheduled() {
        int sent = sendDue(clock.instant());
        if (sent > 0) {
            log.info("{} notification digests sent", sent);
        }
    }

    /**
     * Sends the digests due at {@code now} to the users who have something in them.
     *
     * @return how many digests this call sent
     */
    public int sendDue(Instant now) {
        int sent = 0;
        for (Frequency frequency : List.of(Frequency.DAILY, Frequency.WEEKLY)) {
            DigestPeriod period = DigestPeriod.current(frequency, now, properties.digestHour());
            for (Long accountId : repository.awaitingDigest(frequency, period.cutoff())) {
                if (mailer.sendDigest(accountId, frequency, period, now)) {
                    sent++;
                }
            }
        }
        return sent;
    }
}
