package fr.nouage.notification;

import java.time.Instant;

/**
 * An in-app notification of one user.
 *
 * @param subject         what it is about: an item title, a file name; {@code null} for a convocation
 * @param detail          more about it: the proposing collectivité, the item of a document
 * @param meetingStartsAt start of the meeting concerned
 * @param link            path of the page to open
 * @param readAt          when the user opened it, {@code null} while unread
 */
public record Notification(long id, long accountId, NotificationKind kind, String territorySiren, Long meetingId,
        String subject, String detail, Instant meetingStartsAt, String link, Instant createdAt, Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
