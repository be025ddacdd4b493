package fr.nouage.notification.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import fr.nouage.account.Account;
import fr.nouage.account.Accounts;
import fr.nouage.deliberation.ConsultationClosed;
import fr.nouage.deliberation.ConsultationOpened;
import fr.nouage.meeting.AgendaDocument;
import fr.nouage.meeting.AgendaDocuments;
import fr.nouage.meeting.AgendaItem;
import fr.nouage.meeting.AgendaItemProposed;
import fr.nouage.meeting.LateDocumentAdded;
import fr.nouage.meeting.Meeting;
import fr.nouage.meeting.Meetings;
import fr.nouage.notification.Frequency;
import fr.nouage.notification.NotificationKind;
import fr.nouage.notification.Notifications;
import fr.nouage.notification.internal.NotificationRepository.NewNotification;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;

/**
 * Tells the members of a collective what happened to their meetings, in the app, and by e-mail at
 * once for those who want it so (the others get it in their digest).
 */
@Component
class ActivityNotifier {

    private final NotificationRepository repository;
    private final CollectiveMembers members;
    private final Meetings meetings;
    private final AgendaDocuments documents;
    private final Territories territories;
    private final NotificationMailer mailer;
    private final Accounts accounts;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    ActivityNotifier(NotificationRepository repository, CollectiveMembers members, Meetings meetings,
            AgendaDocuments documents, Territories territories, NotificationMailer mailer, Accounts accounts,
            PlatformTransactionManager transactions, Clock clock) {
        this.accounts = accounts;
        this.repository = repository;
        this.members = members;
        this.meetings = meetings;
        this.documents = documents;
        this.territories = territories;
        this.mailer = mailer;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** The convocation is its own e-mail: the notification is only shown in the app. */
    void convened(Meeting meeting, List<Account> convened) {
        List<NewNotification> list = convened.stream().map(a -> new NewNotification(a.id(),
                NotificationKind.CONVOCATION, meeting.territorySiren(), meeting.id(), null, null, meeting.startsAt(),
                meetingPath(meeting), "convocation:" + meeting.id(), false)).toList();
        record(list);
    }

    void itemProposed(AgendaItemProposed event) {
        Meeting meeting = meetings.find(event.meetingId()).orElse(null);
        AgendaItem item = meetings.item(event.itemId()).orElse(null);
        if (meeting == null || item == null) {
            return;
        }
        String by = Optional.ofNullable(item.proposedBySiren()).flatMap(territories::collectivity)
                .map(Collectivity::name)
                .or(() -> accounts.find(event.proposedByAccountId()).map(Account::displayName)).orElse("");
        tell(meeting, event.proposedByAccountId(), NotificationKind.ITEM_PROPOSED, item.title(), by,
                itemPath(meeting, item.id()), "item:" + item.id());
    }

    void lateDocument(LateDocumentAdded event) {
        Meeting meeting = meetings.find(event.meetingId()).orElse(null);
        AgendaItem item = meetings.item(event.itemId()).orElse(null);
        AgendaDocument document = documents.find(event.documentId()).orElse(null);
        if (meeting == null || item == null || document == null) {
            return;
        }
        tell(meeting, event.uploadedByAccountId(), NotificationKind.LATE_DOCUMENT, document.fileName(), item.title(),
                itemPath(meeting, item.id()), "document:" + document.id());
    }

    void consultationOpened(ConsultationOpened event) {
        tell(event.territorySiren(), null, event.closesAt(), event.openedByAccountId(),
                NotificationKind.CONSULTATION_OPENED, event.title(), null, consultationPath(event.territorySiren(),
                        event.consultationId()), "consultation-opened:" + event.consultationId());
    }

    void consultationClosed(ConsultationClosed event) {
        tell(event.territorySiren(), null, event.closedAt(), -1, NotificationKind.CONSULTATION_CLOSED,
                event.title(), null, consultationPath(event.territorySiren(), event.consultationId()),
                "consultation-closed:" + event.consultationId());
    }

    private void tell(Meeting meeting, long actorId, NotificationKind kind, String subject, String detail, String link,
            String dedupKey) {
        tell(members.of(meeting), meeting.territorySiren(), meeting.id(), meeting.startsAt(), actorId, kind, subject,
                detail, link, dedupKey);
    }

    private void tell(String territorySiren, Long meetingId, java.time.Instant when, long actorId,
            NotificationKind kind, String subject, String detail, String link, String dedupKey) {
        tell(members.of(territorySiren), territorySiren, meetingId, when, actorId, kind, subject, detail, link,
                dedupKey);
    }

    /** Tells every one of the members but the actor; {@code when} is the date the sentence gives. */
    private void tell(List<Account> members, String territorySiren, Long meetingId, java.time.Instant when,
            long actorId, NotificationKind kind, String subject, String detail, String link, String dedupKey) {
        List<Account> recipients = members.stream().filter(a -> a.id() != actorId).toList();
        List<Long> added = record(recipients.stream().map(a -> new NewNotification(a.id(), kind,
                territorySiren, meetingId, subject, detail, when, link, dedupKey, true))
                .toList());
        Map<Long, Frequency> preferences = repository.frequencies(recipients.stream().map(Account::id).toList());
        for (Long id : added) {
            repository.find(id).filter(n -> preferences.getOrDefault(n.accountId(), Notifications.DEFAULT_FREQUENCY)
                    == Frequency.IMMEDIATE).ifPresent(n -> mailer.sendImmediate(n.id()));
        }
    }

    /** Records the notifications in a transaction of their own, so that they exist before any e-mail. */
    private List<Long> record(List<NewNotification> list) {
        return ownTransaction.execute(status -> {
            List<Long> ids = new ArrayList<>();
            list.forEach(n -> repository.insert(n, clock.instant()).ifPresent(ids::add));
            return ids;
        });
    }

    private static String meetingPath(Meeting meeting) {
        return "/territoires/" + meeting.territorySiren() + "/reunions/" + meeting.id();
    }

    private static String consultationPath(String territorySiren, long consultationId) {
        return "/territoires/" + territorySiren + "/consultations/" + consultationId;
    }

    private static String itemPath(Meeting meeting, long itemId) {
        return meetingPath(meeting) + "/points/" + itemId;
    }
}
