package fr.nouage.meeting;

import java.time.Instant;

/**
 * A private calendar feed URL of a territory, for calendar applications. Only the SHA-256 of its
 * token is kept; the URL is shown once, when created.
 *
 * @param createdBy        the name of the person who created it
 * @param createdByAccount their account: the feed answers only while it is enabled and may read the
 *                         territory ({@code null} only for a feed revoked when this was first recorded)
 * @param revokedAt        when it stopped working, {@code null} while active
 */
public record CalendarFeed(long id, String territorySiren, Instant createdAt, String createdBy, Long createdByAccount,
        Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
