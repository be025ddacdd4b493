package fr.nouage.account;

import java.time.Instant;

/** Published when an account was given a role it did not hold. */
public record RoleGranted(long accountId, String accountName, RoleAssignment role, Actor by, Instant at) {
}
