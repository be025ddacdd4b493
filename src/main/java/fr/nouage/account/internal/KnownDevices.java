package fr.nouage.account.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Browsers that already signed in to an account, known by a cookie ({@value #COOKIE}) given at each
 * successful sign-in with the password: the time it was given and an HMAC-SHA-256 of the account and
 * that time under the account's password hash. Such a browser is not delayed by failures made
 * elsewhere ({@link LoginThrottle}); a new password makes every cookie of the account worthless.
 * Nothing is stored on the server.
 */
@Component
public class KnownDevices {

    /** Name of the cookie, sent only to the sign-in form. */
    public static final String COOKIE = "nouage-appareil";
    /** How long a browser stays known without signing in again. */
    public static final Duration LIFETIME = Duration.ofDays(365);

    private final AccountRepository accounts;
    private final Clock clock;

    KnownDevices(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The cookie value that makes the browser known for the account; empty for an account without password. */
    public Optional<String> issue(String email) {
        long now = clock.instant().getEpochSecond();
        return accounts.credentials(email).filter(c -> c.passwordHash() != null).map(c -> now + "." + mac(c, now));
    }

    /**
     * The throttle key of a browser known for the account, {@code null} when the cookie is missing,
     * forged, too old or given before the password changed.
     */
    String key(String cookie, AccountRepository.Credentials account) {
        if (cookie == null || account.passwordHash() == null || cookie.length() > 100) {
            return null;
        }
        int dot = cookie.indexOf('.');
        long issued;
        try {
            issued = Long.parseLong(cookie.substring(0, Math.max(dot, 0)));
        } catch (NumberFormatException e) {
            return null;
        }
        long now = clock.instant().getEpochSecond();
        if (issued > now + 60 || issued < now - LIFETIME.toSeconds()) {
            return null;
        }
        byte[] expected = mac(account, issued).getBytes(StandardCharsets.US_ASCII);
        byte[] given = cookie.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? "device:" + ApiTokens.hash(cookie) : null;
    }

    private static String mac(AccountRepository.Credentials account, long issued) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(account.passwordHash().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((account.id() + ":" + account.email() + ":" + issued)
                    .getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
