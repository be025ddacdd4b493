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
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.nouage.account.NouageUser;

/** API tokens: random, stored only as a SHA-256 hash, expiring, revocable. */
@Component
public class ApiTokens {

    static final Duration LIFETIME = Duration.ofDays(30);
    /** How long a personal token lives: a year, then its owner makes another. */
    public static final Duration PERSONAL_LIFETIME = Duration.ofDays(365);
    public static final int NAME_MAX = 100;
    /** The last use is written at most this often (not once per request). */
    static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);
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
        return issue(accountId, null, LIFETIME);
    }

    /**
     * A personal token its owner named (for an intranet, a script), valid {@link #PERSONAL_LIFETIME}.
     *
     * @param name already checked: not blank, at most {@value #NAME_MAX} characters
     */
    public Issued issuePersonal(long accountId, String name) {
        return issue(accountId, name, PERSONAL_LIFETIME);
    }

    private Issued issue(long accountId, String name, Duration lifetime) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Instant expires = now.plus(lifetime);
        jdbc.sql("insert into api_token (account_id, token_hash, created_at, expires_at, name) values (?, ?, ?, ?, ?)")
                .params(accountId, hash(token), Timestamp.from(now), Timestamp.from(expires), name).update();
        return new Issued(token, expires);
    }

    /** A personal token as its owner sees it (never the token itself). */
    public record PersonalToken(long id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt) {
    }

    /** The account's personal tokens still valid, the newest first. */
    public List<PersonalToken> personal(long accountId) {
        return jdbc.sql("""
                select id, name, created_at, expires_at, last_used_at from api_token
                where account_id = ? and name is not null and revoked_at is null and expires_at > ?
                order by created_at desc, id desc""")
                .params(accountId, Timestamp.from(clock.instant()))
                .query((rs, n) -> new PersonalToken(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()))
                .list();
    }

    /** Revokes one personal token of the account; false when it has no such token still valid. */
    public boolean revoke(long accountId, long tokenId) {
        return jdbc.sql("update api_token set revoked_at = ? where id = ? and account_id = ? and name is not null "
                + "and revoked_at is null").params(Timestamp.from(clock.instant()), tokenId, accountId).update() == 1;
    }

    /** The user a valid token belongs to; empty for an unknown, expired or revoked token or a disabled account. */
    public Optional<NouageUser> authenticate(String token) {
        Instant now = clock.instant();
        jdbc.sql("update api_token set last_used_at = ? where token_hash = ? and revoked_at is null "
                + "and (last_used_at is null or last_used_at < ?)")
                .params(Timestamp.from(now), hash(token), Timestamp.from(now.minus(LAST_USE_PRECISION))).update();
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
