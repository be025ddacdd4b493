package fr.nouage.account;

import java.time.Instant;

/** Published when a role was taken away from an account. */
public record RoleRevoked(long accountId, String accountName, RoleAssignment role, Actor by, Instant at) {
}
