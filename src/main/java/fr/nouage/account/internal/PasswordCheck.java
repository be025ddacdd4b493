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
    private final KnownDevices devices;
    // hashed on the first check rather than at start-up (a bcrypt hash costs a quarter of a second)
    private volatile String dummyHash;

    PasswordCheck(AccountRepository accounts, PasswordEncoder passwords, LoginThrottle throttle, KnownDevices devices) {
        this.devices = devices;
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

    /** Checks a sign-in from an unknown browser (the API). */
    public NouageUser check(String email, String password, String address) {
        return check(email, password, address, null);
    }

    /**
     * Checks a sign-in.
     *
     * @param address      where the attempt comes from (the client's address, behind trusted proxies)
     * @param deviceCookie the browser's {@link KnownDevices} cookie, {@code null} if none
     * @throws SignInDelayed           when the attempt must wait (too many failures for the account
     *                                 from unknown browsers, or from that address or network); its
     *                                 password is then not checked and the attempt not counted
     * @throws BadCredentialsException when the account does not exist, is disabled or the password is wrong
     */
    public NouageUser check(String email, String password, String address, String deviceCookie) {
        if (email == null || password == null) {
            throw new BadCredentialsException("bad credentials");
        }
        var found = accounts.credentials(email);
        String device = found.map(c -> devices.key(deviceCookie, c)).orElse(null);
        java.time.Duration wait = throttle.waitBefore(email, address, device);
        if (!wait.isZero()) {
            throw new SignInDelayed(wait);
        }
        boolean matches = passwords.matches(password, found.map(AccountRepository.Credentials::passwordHash)
                .filter(h -> h != null).orElseGet(this::dummyHash));
        if (found.isEmpty() || !matches || !found.get().enabled() || found.get().passwordHash() == null) {
            throttle.failed(email, address, device);
            throw new BadCredentialsException("bad credentials");
        }
        throttle.succeeded(email, device);
        var account = found.get();
        return new NouageUser(account.id(), account.email(), account.displayName(), accounts.roles(account.id()));
    }
}
