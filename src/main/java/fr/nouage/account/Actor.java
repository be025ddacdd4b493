package fr.nouage.account;

import java.util.Optional;

/**
 * Who made a change, as the audit log records it: the account and its display name at that time.
 * Nouage itself (a scheduled task, demonstration data, the first admin) acts with no account.
 *
 * @param accountId   the account, {@code null} when Nouage itself acted
 * @param displayName the account's display name when it acted, {@code null} for Nouage itself
 */
public record Actor(Long accountId, String displayName) {

    /** Nouage itself, when no person acted. */
    public static final Actor SYSTEM = new Actor(null, null);

    /** The given signed-in user. */
    public static Actor of(NouageUser user) {
        return new Actor(user.accountId(), user.displayName());
    }

    /** The user of the current request, or {@link #SYSTEM} outside any request. */
    public static Actor current() {
        Optional<NouageUser> user = CurrentUser.get();
        return user.map(Actor::of).orElse(SYSTEM);
    }
}
