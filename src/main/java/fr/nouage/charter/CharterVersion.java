package fr.nouage.charter;

import java.time.Instant;

/**
 * A numbered version of a territory's charter.
 *
 * @param inForceAt    when every collectivité had adopted it, {@code null} before
 * @param lockVersion  optimistic locking counter of the row
 */
public record CharterVersion(long id, String territorySiren, int number, CharterStatus status, String title,
        String preamble, Instant createdAt, String createdBy, Instant proposedAt, Instant inForceAt,
        Instant supersededAt, int lockVersion) {
}
