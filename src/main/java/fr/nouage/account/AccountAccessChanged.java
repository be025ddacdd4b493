package fr.nouage.account;

import java.time.Instant;

/**
 * Published when the way into an account changed: disabled, enabled again, or a new password set.
 */
public record AccountAccessChanged(long accountId, String accountName, Change change, Actor by, Instant at) {

    /** What changed. */
    public enum Change {
        DISABLED, ENABLED, PASSWORD_CHANGED
    }
}
