package fr.nouage.account.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.nouage.account.AccountProperties;

/**
 * Slows down password guessing without letting anyone lock a person out of their account.
 *
 * <ul>
 * <li><b>Per account</b>, growing delays rather than a lock: after a few failures in a row, each
 * further attempt must wait a delay that doubles with each failure, up to a ceiling; attempts made
 * while it runs are refused without being checked nor counted, and a success clears it. A browser
 * that already signed in to the account (its device cookie, {@link KnownDevices}) is not delayed by
 * failures from elsewhere, so an attacker who knows the address cannot keep its owner out.</li>
 * <li><b>Per address</b> (an IPv4 address, or the /64 network of an IPv6 address, which one machine
 * usually holds whole) and <b>per network</b> (IPv4 /24, IPv6 /48): too many failures in a window,
 * whatever the accounts, refuse further attempts from there until the window has passed. A known
 * browser also has its own count, so that a stolen device cookie does not lift the account's delay
 * for long.</li>
 * </ul>
 *
 * The counts live in the database (table {@code login_attempt}), so that every instance sharing it
 * throttles together; each failure is counted by one atomic statement per key. For an account key,
 * {@code window_start} is the time of the last failure and {@code failures} the failures in a row
 * (forgotten after {@code forget-after}); for the other keys, the start of the window and the failures
 * counted in it. Rows past both are deleted as failures are written. No maintained rate-limiting
 * library fits here: Resilience4j's limiter counts in one instance's memory, and Bucket4j is not
 * among the libraries this build can resolve.
 */
@Component
public class LoginThrottle {

    private static final int INSERT_TRIES = 3;
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}(%[A-Za-z0-9_.-]+)?");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AccountProperties.SignIn settings;

    @Autowired
    LoginThrottle(JdbcClient jdbc, Clock clock, AccountProperties properties) {
        this(jdbc, clock, properties.signIn());
    }

    LoginThrottle(JdbcClient jdbc, Clock clock, AccountProperties.SignIn settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * How long an attempt for this account from this address must wait before its password is
     * checked; zero when it may be checked now.
     *
     * @param device the key of the account's known browser the attempt comes from
     *               ({@link KnownDevices#key}), {@code null} for any other
     */
    public Duration waitBefore(String email, String address, String device) {
        Instant now = clock.instant();
        String account = accountKey(email);
        List<String> keys = new ArrayList<>(List.of(account));
        List<String> places = placeKeys(address);
        keys.addAll(places);
        if (device != null) {
            keys.add(device);
        }
        Map<String, Row> rows = jdbc.sql("select attempt_key, window_start, failures from login_attempt where attempt_key in (:keys)")
                .param("keys", keys)
                .query((rs, n) -> new Row(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getInt(3))).list().stream()
                .collect(Collectors.toMap(Row::key, r -> r));
        Duration wait = Duration.ZERO;
        for (String place : places) {
            int max = place.startsWith("network:") ? settings.networkFailures() : settings.addressFailures();
            wait = longest(wait, windowWait(rows.get(place), max, now));
        }
        boolean knownBrowser = device != null && windowWait(rows.get(device), settings.deviceFailures(), now).isZero();
        if (!knownBrowser) {
            wait = longest(wait, accountWait(rows.get(account), now));
        }
        return wait;
    }

    /** Counts a failed attempt for the account, the address and its network, and the known browser. */
    public void failed(String email, String address, String device) {
        Instant now = clock.instant();
        purge(now);
        recordInRow(accountKey(email), now);
        for (String place : placeKeys(address)) {
            recordInWindow(place, now);
        }
        if (device != null) {
            recordInWindow(device, now);
        }
    }

    /** Forgets the failures of the account (and of the browser) after a successful sign-in. */
    public void succeeded(String email, String device) {
        jdbc.sql("delete from login_attempt where attempt_key in (:keys)")
                .param("keys", device == null ? List.of(accountKey(email)) : List.of(accountKey(email), device))
                .update();
    }

    /** The delay the next attempt must wait after {@code failures} failures in a row. */
    Duration delayAfter(int failures) {
        if (failures < settings.freeFailures()) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - settings.freeFailures(), 30);
        Duration delay = settings.firstDelay().multipliedBy(1L << doublings);
        return delay.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : delay;
    }

    private Duration accountWait(Row row, Instant now) {
        if (row == null || !row.start().isAfter(now.minus(settings.forgetAfter()))) {
            return Duration.ZERO;
        }
        return positive(Duration.between(now, row.start().plus(delayAfter(row.failures()))));
    }

    private Duration windowWait(Row row, int max, Instant now) {
        if (row == null || row.failures() < max || !row.start().isAfter(now.minus(settings.window()))) {
            return Duration.ZERO;
        }
        return positive(Duration.between(now, row.start().plus(settings.window())));
    }

    /** An account's failures in a row: one more, or a first one when the last is forgotten. */
    private void recordInRow(String key, Instant now) {
        upsert(key, now, """
                update login_attempt
                set failures = case when window_start < :limit then 1 else failures + 1 end, window_start = :now
                where attempt_key = :key""", now.minus(settings.forgetAfter()));
    }

    /** One more failure in the key's window, or a new window when there is none or it has passed. */
    private void recordInWindow(String key, Instant now) {
        upsert(key, now, """
                update login_attempt
                set failures = case when window_start < :limit then 1 else failures + 1 end,
                    window_start = case when window_start < :limit then :now else window_start end
                where attempt_key = :key""", now.minus(settings.window()));
    }

    private void upsert(String key, Instant now, String update, Instant limit) {
        Timestamp at = Timestamp.from(now);
        for (int i = 0; i < INSERT_TRIES; i++) {
            int updated = jdbc.sql(update).param("limit", Timestamp.from(limit)).param("now", at).param("key", key)
                    .update();
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

    private void purge(Instant now) {
        jdbc.sql("""
                delete from login_attempt
                where (attempt_key like 'account:%' and window_start < :accounts)
                   or (attempt_key not like 'account:%' and window_start < :windows)""")
                .param("accounts", Timestamp.from(now.minus(settings.forgetAfter())))
                .param("windows", Timestamp.from(now.minus(settings.window()))).update();
    }

    private static Duration longest(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static Duration positive(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }

    private record Row(String key, Instant start, int failures) {
    }

    /** The key of an account's failures: the hash of its normalised e-mail, whatever was typed. */
    static String accountKey(String email) {
        return "account:" + ApiTokens.hash(AccountRepository.normalize(email));
    }

    /**
     * The keys of where an attempt comes from: its address (an IPv4 address, an IPv6 /64) and its
     * network (IPv4 /24, IPv6 /48); none for an unknown address.
     */
    static List<String> placeKeys(String address) {
        if (address == null || address.isBlank()) {
            return List.of();
        }
        byte[] bytes = literal(address.strip());
        if (bytes == null) {
            return List.of("address:" + ApiTokens.hash(address.strip()));
        }
        int addressBytes = bytes.length == 4 ? 4 : 8;
        int networkBytes = bytes.length == 4 ? 3 : 6;
        return List.of("address:" + ApiTokens.hash(prefix(bytes, addressBytes)),
                "network:" + ApiTokens.hash(prefix(bytes, networkBytes)));
    }

    private static String prefix(byte[] bytes, int length) {
        return bytes.length + "/" + HexFormat.of().formatHex(Arrays.copyOf(bytes, length));
    }

    /** The bytes of an IP address literal (never a name lookup), {@code null} for anything else. */
    private static byte[] literal(String address) {
        boolean v4 = IPV4.matcher(address).matches();
        if (!v4 && !(address.indexOf(':') >= 0 && IPV6.matcher(address).matches())) {
            return null;
        }
        try {
            return InetAddress.getByName(address).getAddress();
        } catch (UnknownHostException | SecurityException e) {
            return null;
        }
    }
}
