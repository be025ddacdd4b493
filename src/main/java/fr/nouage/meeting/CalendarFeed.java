package fr.nouage.meeting;

import java.time.Instant;

/**
 * A private calendar feed URL of a territory, for calendar applications. Only the SHA-256 of its
 * token is kept; the URL is shown once, when created.
 *
 * @param revokedAt when it stopped working, {@code null} while active
 */
public record CalendarFeed(long id, String territorySiren, Instant createdAt, String createdBy, Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
