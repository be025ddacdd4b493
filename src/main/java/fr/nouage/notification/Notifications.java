package fr.nouage.notification;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.nouage.notification.internal.NotificationRepository;
import fr.nouage.platform.UnreadNotifications;

/** The in-app notifications of a user and their e-mail preference. */
@Service
public class Notifications implements UnreadNotifications {

    /** How many notifications the inbox shows. */
    public static final int INBOX_SIZE = 50;
    /** The preference of a user who never chose one. */
    public static final Frequency DEFAULT_FREQUENCY = Frequency.IMMEDIATE;

    private final NotificationRepository repository;
    private final Clock clock;

    Notifications(NotificationRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Unread notifications of the account: one count query, for the page header. */
    @Override
    public int count(long accountId) {
        return repository.unread(accountId);
    }

    /** The latest notifications of the account, newest first. */
    public List<Notification> inbox(long accountId) {
        return repository.latest(accountId, INBOX_SIZE);
    }

    /**
     * Marks one of the account's notifications read.
     *
     * @return the notification, empty when it is not the account's
     */
    @Transactional
    public Optional<Notification> open(long accountId, long notificationId) {
        Optional<Notification> notification = repository.find(notificationId).filter(n -> n.accountId() == accountId);
        notification.ifPresent(n -> repository.markRead(n.id(), accountId, clock.instant()));
        return notification;
    }

    /** Marks every notification of the account read; returns how many were unread. */
    @Transactional
    public int markAllRead(long accountId) {
        return repository.markAllRead(accountId, clock.instant());
    }

    /** How often the account wants its notification e-mails. */
    public Frequency frequency(long accountId) {
        return repository.frequency(accountId).orElse(DEFAULT_FREQUENCY);
    }

    @Transactional
    public void chooseFrequency(long accountId, Frequency frequency) {
        repository.saveFrequency(accountId, frequency, clock.instant());
    }
}
