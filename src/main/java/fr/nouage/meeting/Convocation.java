package fr.nouage.meeting;

import java.time.Instant;

/**
 * The convocation of one member to a meeting.
 *
 * @param sentAt         when the e-mail went out, {@code null} while it has not
 * @param acknowledgedAt when the member confirmed receipt, {@code null} while they have not
 */
public record Convocation(long id, long meetingId, long accountId, String email, Instant sentAt,
        Instant acknowledgedAt) {
}
