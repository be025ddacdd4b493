package fr.nouage.account.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after too many failures in a window, for one account or from one
 * address, further attempts are refused until the window has passed. The counts live in the
 * database, so that every instance sharing it throttles together; each failure is counted by one
 * atomic statement, and rows whose window has passed are deleted as failures are written.
 */
@Component
public class LoginThrottle {

    static final int MAX_FAILURES_PER_ACCOUNT = 5;
    static final int MAX_FAILURES_PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int INSERT_TRIES = 3;

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether an attempt for this account from this address must be refused now. */
    public boolean blocked(String email, String address) {
        String account = accountKey(email);
        List<String> keys = new ArrayList<>(List.of(account));
        if (address != null) {
            keys.add(addressKey(address));
        }
        Map<String, Integer> counts = jdbc.sql("""
                select attempt_key, failures from login_attempt
                where attempt_key in (:keys) and window_start >= :since""")
                .param("keys", keys).param("since", Timestamp.from(clock.instant().minus(WINDOW)))
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return counts.getOrDefault(account, 0) >= MAX_FAILURES_PER_ACCOUNT
                || (address != null && counts.getOrDefault(addressKey(address), 0) >= MAX_FAILURES_PER_ADDRESS);
    }

    /** Counts a failed attempt for the account and the address. */
    public void failed(String email, String address) {
        Instant now = clock.instant();
        purgeBefore(now.minus(WINDOW));
        record(accountKey(email), now);
        if (address != null) {
            record(addressKey(address), now);
        }
    }

    /** Forgets the failures of the account after a successful sign-in. */
    public void succeeded(String email) {
        jdbc.sql("delete from login_attempt where attempt_key = ?").param(accountKey(email)).update();
    }

    /** Adds one failure to the key's window, or starts a new window when there is none or it has passed. */
    private void record(String key, Instant now) {
        Timestamp at = Timestamp.from(now);
        Timestamp limit = Timestamp.from(now.minus(WINDOW));
        for (int i = 0; i < INSERT_TRIES; i++) {
            int updated = jdbc.sql("""
                    update login_attempt
                    set failures = case when window_start < :limit then 1 else failures + 1 end,
                        window_start = case when window_start < :limit then :now else window_start end
                    where attempt_key = :key""")
                    .param("limit", limit).param("now", at).param("key", key).update();
            if (updated > 0) {
                return;
            }
            try {
                jdbc.sql("insert into login_attempt (attempt_key, window_start, failures) values (?, ?, 1)")
                        .params(key, at).update();
                return;
            } catch (DuplicateKeyException concurrent) {
                // another instance counted the first failure at the same moment: add to its row
            }
        }
    }

    private void purgeBefore(Instant limit) {
        jdbc.sql("delete from login_attempt where window_start < ?").param(Timestamp.from(limit)).update();
    }

    /** The key of an account's failures: the hash of its normalised e-mail, whatever was typed. */
    static String accountKey(String email) {
        return "account:" + ApiTokens.hash(AccountRepository.normalize(email));
    }

    static String addressKey(String address) {
        return "address:" + ApiTokens.hash(address);
    }
}
