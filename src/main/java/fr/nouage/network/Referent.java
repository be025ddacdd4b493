package fr.nouage.network;

import java.time.Instant;

/**
 * The person a collectivité names to a network.
 *
 * @param invited whether the account was created by the invitation (rather than an existing account)
 */
public record Referent(long networkId, String collectivitySiren, long accountId, String name, String email,
        boolean invited, Instant namedAt) {
}
