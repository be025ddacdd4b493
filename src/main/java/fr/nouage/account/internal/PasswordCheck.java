package fr.nouage.account.internal;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import fr.nouage.account.NouageUser;

/**
 * Checks an e-mail and password, the same way for the sign-in form and the API, and never tells
 * which of the two was wrong.
 */
@Component
public class PasswordCheck {

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final LoginThrottle throttle;
    // hashed on the first check rather than at start-up (a bcrypt hash costs a quarter of a second)
    private volatile String dummyHash;

    PasswordCheck(AccountRepository accounts, PasswordEncoder passwords, LoginThrottle throttle) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.throttle = throttle;
    }

    private String dummyHash() {
        String hash = dummyHash;
        if (hash == null) {
            hash = passwords.encode("no account has this password");
            dummyHash = hash;
        }
        return hash;
    }

    /**
     * @throws LockedException         when too many attempts failed recently
     * @throws BadCredentialsException when the account does not exist, is disabled or the password is wrong
     */
    public NouageUser check(String email, String password, String address) {
        if (email == null || password == null) {
            throw new BadCredentialsException("bad credentials");
        }
        if (throttle.blocked(email, address)) {
            throw new LockedException("too many attempts");
        }
        var found = accounts.credentials(email);
        boolean matches = passwords.matches(password, found.map(AccountRepository.Credentials::passwordHash)
                .filter(h -> h != null).orElseGet(this::dummyHash));
        if (found.isEmpty() || !matches || !found.get().enabled() || found.get().passwordHash() == null) {
            throttle.failed(email, address);
            throw new BadCredentialsException("bad credentials");
        }
        throttle.succeeded(email);
        var account = found.get();
        return new NouageUser(account.id(), account.email(), account.displayName(), accounts.roles(account.id()));
    }
}
