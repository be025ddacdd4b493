package fr.nouage.account.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.nouage.account.NouageUser;

/** API tokens: random, stored only as a SHA-256 hash, expiring, revocable. */
@Component
public class ApiTokens {

    static final Duration LIFETIME = Duration.ofDays(30);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final AccountRepository accounts;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, AccountRepository accounts, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** A new token and its expiry. The token itself is shown once and never stored. */
    public record Issued(String token, Instant expiresAt) {
    }

    public Issued issue(long accountId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Instant expires = now.plus(LIFETIME);
        jdbc.sql("insert into api_token (account_id, token_hash, created_at, expires_at) values (?, ?, ?, ?)")
                .params(accountId, hash(token), Timestamp.from(now), Timestamp.from(expires)).update();
        return new Issued(token, expires);
    }

    /** The user a valid token belongs to; empty for an unknown, expired or revoked token or a disabled account. */
    public Optional<NouageUser> authenticate(String token) {
        return jdbc.sql("""
                select a.id, a.email, a.display_name from api_token t join account a on a.id = t.account_id
                where t.token_hash = ? and t.revoked_at is null and t.expires_at > ? and a.enabled""")
                .params(hash(token), Timestamp.from(clock.instant()))
                .query((rs, n) -> new NouageUser(rs.getLong(1), rs.getString(2), rs.getString(3), java.util.List.of()))
                .optional()
                .map(u -> new NouageUser(u.accountId(), u.email(), u.displayName(), accounts.roles(u.accountId())));
    }

    /** Revokes every token of an account. */
    public void revokeAll(long accountId) {
        jdbc.sql("update api_token set revoked_at = ? where account_id = ? and revoked_at is null")
                .params(Timestamp.from(clock.instant()), accountId).update();
    }

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
