package fr.nouage.charter;

import java.time.Instant;

import fr.nouage.rules.AdoptionRule;

/**
 * A numbered version of a territory's charter.
 *
 * @param inForceAt    when its rule of adoption was met, {@code null} before
 * @param adoptionRule the rule of adoption that governs it: the one in force when it was proposed
 *                     ({@code null} while it is a draft)
 * @param lockVersion  optimistic locking counter of the row
 */
public record CharterVersion(long id, String territorySiren, int number, CharterStatus status, String title,
        String preamble, Instant createdAt, String createdBy, Instant proposedAt, Instant inForceAt,
        Instant supersededAt, AdoptionRule adoptionRule, int lockVersion) {
}
