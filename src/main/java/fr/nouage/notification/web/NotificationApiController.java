package fr.nouage.notification.web;

import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import fr.nouage.account.CurrentUser;
import fr.nouage.notification.Notification;
import fr.nouage.notification.NotificationKind;
import fr.nouage.notification.Notifications;
import fr.nouage.platform.ApiAccess;
import fr.nouage.platform.ApiAccess.Who;

/** The caller's own in-app notifications, in JSON (those the bell shows). */
@RestController
class NotificationApiController {

    private final Notifications notifications;

    NotificationApiController(Notifications notifications) {
        this.notifications = notifications;
    }

    /**
     * A notification; {@code link} is the path of the page it points to.
     *
     * @param subject what it is about (an item title, a file name), {@code null} for a convocation
     */
    record NotificationJson(long id, NotificationKind kind, String territorySiren, Long meetingId, String subject,
            String detail, Instant meetingStartsAt, String link, Instant createdAt, Instant readAt, boolean unread) {
        static NotificationJson of(Notification n) {
            return new NotificationJson(n.id(), n.kind(), n.territorySiren(), n.meetingId(), n.subject(), n.detail(),
                    n.meetingStartsAt(), n.link(), n.createdAt(), n.readAt(), n.unread());
        }
    }

    /** The caller's latest notifications, newest first (at most {@value Notifications#INBOX_SIZE}). */
    @ApiAccess(Who.SIGNED_IN)
    @GetMapping("/api/v1/me/notifications")
    List<NotificationJson> mine() {
        return notifications.inbox(CurrentUser.require().accountId()).stream().map(NotificationJson::of).toList();
    }
}
