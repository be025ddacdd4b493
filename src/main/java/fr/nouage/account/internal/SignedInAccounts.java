package fr.nouage.account.internal;

import java.util.Optional;

import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;

import fr.nouage.account.NouageUser;

/**
 * What a signed-in account may do now: read again at each request of its web sessions, so that a
 * role given or taken, or a disabled account, counts at the next request rather than at the next
 * sign-in. Kept a few seconds per instance (cache {@value #CACHE}, time to live
 * {@code nouage.account.signed-in-time-to-live}); a change made on this instance forgets it at once,
 * and a change that takes rights away also ends the account's sessions on every instance
 * ({@link SessionsOfChangedAccounts}).
 */
@Component
public class SignedInAccounts {

    static final String CACHE = "signed-in-accounts";

    private final AccountRepository accounts;

    SignedInAccounts(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** The account as it is now, with its roles; empty when it was disabled or deleted. */
    @Cacheable(CACHE)
    public Optional<NouageUser> current(long accountId) {
        return accounts.find(accountId).filter(a -> a.enabled())
                .map(a -> new NouageUser(a.id(), a.email(), a.displayName(), a.roles()));
    }

    /** Forgets what this instance kept of an account. */
    @CacheEvict(CACHE)
    public void forget(long accountId) {
        // the annotation does the work
    }
}
