package fr.nouage.notification.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.stereotype.Component;

import fr.nouage.account.Account;
import fr.nouage.account.Accounts;
import fr.nouage.meeting.Convocation;
import fr.nouage.meeting.Convocations;
import fr.nouage.meeting.Meeting;
import fr.nouage.meeting.Meetings;

/**
 * Convenes the members of the collective once a meeting's agenda froze: one convocation row per
 * member first, then one e-mail per row not sent yet. A failed e-mail stays unsent and is tried
 * again later ({@link MailRetry}); a sent one is never sent again, whatever the instance.
 */
@Component
class ConvocationMailer {

    private static final Logger log = LoggerFactory.getLogger(ConvocationMailer.class);

    private final Meetings meetings;
    private final Convocations convocations;
    private final Accounts accounts;
    private final CollectiveMembers members;
    private final ConvocationLetter letter;
    private final ActivityNotifier notifier;
    private final Mailer mailer;

    ConvocationMailer(Meetings meetings, Convocations convocations, Accounts accounts, CollectiveMembers members,
            ConvocationLetter letter, ActivityNotifier notifier, Mailer mailer) {
        this.meetings = meetings;
        this.convocations = convocations;
        this.accounts = accounts;
        this.members = members;
        this.letter = letter;
        this.notifier = notifier;
        this.mailer = mailer;
    }

    /**
     * Convenes every member of the meeting's body (the directors and facilitators for the collective);
     * returns how many e-mails this call sent.
     */
    int convene(long meetingId) {
        Meeting meeting = meetings.find(meetingId).orElse(null);
        if (meeting == null || "CANCELLED".equals(meeting.status())) {
            return 0;
        }
        List<Account> convened = members.of(meeting);
        convocations.prepare(meetingId, convened.stream()
                .map(a -> new Convocations.Recipient(a.id(), a.email())).toList());
        notifier.convened(meeting, convened);
        return sendUnsent(meeting);
    }

    /** Sends the convocations left unsent (server down, crash) of meetings still to come. */
    int retryUnsent() {
        Map<Long, List<Convocation>> byMeeting = convocations.unsent().stream()
                .collect(Collectors.groupingBy(Convocation::meetingId));
        int sent = 0;
        for (Long meetingId : byMeeting.keySet()) {
            sent += meetings.find(meetingId).map(this::sendUnsent).orElse(0);
        }
        return sent;
    }

    private int sendUnsent(Meeting meeting) {
        List<Convocation> unsent = convocations.ofMeeting(meeting.id()).stream().filter(c -> c.sentAt() == null).toList();
        if (unsent.isEmpty()) {
            return 0;
        }
        ConvocationLetter.Content content = letter.read(meeting);
        int sent = 0;
        for (Convocation convocation : unsent) {
            Account member = accounts.find(convocation.accountId()).orElse(null);
            if (member == null) {
                continue;
            }
            try {
                if (convocations.send(convocation.id(), token -> mailer.send(letter.write(content, member, token)))) {
                    sent++;
                }
            } catch (RuntimeException e) {
                (mailer.serverDown() ? log.atDebug() : log.atWarn())
                    .log("Convocation {} of meeting {} to {} not sent, to try again later: {}", convocation.id(),
                        meeting.id(), convocation.email(), NestedExceptionUtils.getMostSpecificCause(e).toString());
            }
        }
        if (sent > 0) {
            log.info("Meeting {}: {} convocations sent", meeting.id(), sent);
        }
        return sent;
    }
}
