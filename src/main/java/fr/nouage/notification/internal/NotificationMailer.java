package fr.nouage.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import fr.nouage.account.Account;
import fr.nouage.account.Accounts;
import fr.nouage.notification.Frequency;
import fr.nouage.notification.Notification;
import fr.nouage.notification.internal.Mailer.Mail;

/**
 * E-mails notifications, one at a time or gathered in a digest. Each e-mail is claimed in the
 * database in the transaction that sends it: sent once whatever the instance, and left to try
 * again when the server fails.
 */
@Component
class NotificationMailer {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);

    private final NotificationRepository repository;
    private final Accounts accounts;
    private final Mailer mailer;
    private final Texts texts;
    private final NotificationProperties properties;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    NotificationMailer(NotificationRepository repository, Accounts accounts, Mailer mailer, Texts texts,
            NotificationProperties properties, PlatformTransactionManager transactions, Clock clock) {
        this.repository = repository;
        this.accounts = accounts;
        this.mailer = mailer;
        this.texts = texts;
        this.properties = properties;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Sends one notification by e-mail unless it was already; true when this call sent it. */
    boolean sendImmediate(long notificationId) {
        try {
            return Boolean.TRUE.equals(ownTransaction.execute(status -> {
                if (!repository.claimMail(notificationId, clock.instant())) {
                    return false;
                }
                Notification n = repository.find(notificationId).orElseThrow();
                Optional<Account> account = accounts.find(n.accountId()).filter(Account::enabled);
                if (account.isEmpty()) {
                    return false;
                }
                String sentence = texts.sentence(n);
                StringBuilder text = new StringBuilder();
                text.append(texts.t("convocation.mail.greeting", account.get().displayName())).append("\n\n")
                        .append(sentence).append('\n').append(properties.url(n.link())).append("\n\n");
                footer(text);
                mailer.send(new Mail(account.get().email(), texts.t("notification.mail.subject", sentence),
                        text.toString(), List.of()));
                return true;
            }));
        } catch (RuntimeException e) {
            (mailer.serverDown() ? log.atDebug() : log.atWarn())
                    .log("Notification {} not e-mailed, to try again later: {}", notificationId,
                    NestedExceptionUtils.getMostSpecificCause(e).toString());
            return false;
        }
    }

    /** Sends the notifications created before {@code before} still to e-mail at once. */
    int sendPendingImmediate(Instant before) {
        int sent = 0;
        for (Long id : repository.pendingImmediate(before)) {
            if (sendImmediate(id)) {
                sent++;
            }
        }
        return sent;
    }

    /**
     * Sends the digest of a period to a user, once: the period is claimed with the e-mail, and
     * released if the e-mail fails.
     */
    boolean sendDigest(long accountId, Frequency frequency, DigestPeriod period, Instant now) {
        repository.openDigest(accountId, period.key(), frequency, now);
        try {
            return Boolean.TRUE.equals(ownTransaction.execute(status -> {
                if (!repository.claimDigest(accountId, period.key(), now)) {
                    return false;
                }
                List<Notification> pending = repository.unmailed(accountId, period.cutoff());
                Optional<Account> account = accounts.find(accountId).filter(Account::enabled);
                if (pending.isEmpty() || account.isEmpty()) {
                    return false;
                }
                repository.markMailed(pending.stream().map(Notification::id).toList(), now);
                StringBuilder text = new StringBuilder();
                text.append(texts.t("convocation.mail.greeting", account.get().displayName())).append("\n\n")
                        .append(texts.t("notification.digest.intro." + frequency.name(), pending.size())).append("\n\n");
                for (Notification n : pending) {
                    text.append("- ").append(texts.sentence(n)).append("\n  ").append(properties.url(n.link()))
                            .append('\n');
                }
                text.append('\n');
                footer(text);
                mailer.send(new Mail(account.get().email(),
                        texts.t("notification.digest.subject." + frequency.name(), pending.size()), text.toString(),
                        List.of()));
                return true;
            }));
        } catch (RuntimeException e) {
            (mailer.serverDown() ? log.atDebug() : log.atWarn())
                    .log("Digest {} of account {} not sent, to try again later: {}", period.key(), accountId,
                    NestedExceptionUtils.getMostSpecificCause(e).toString());
            return false;
        }
    }

    private void footer(StringBuilder text) {
        text.append(texts.t("notification.mail.preferences", properties.url("/compte/notifications"))).append("\n\n")
                .append(texts.t("mail.signature")).append('\n');
    }
}
