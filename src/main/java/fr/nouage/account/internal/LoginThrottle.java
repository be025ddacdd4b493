package fr.nouage.account.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after too many failures in a window, for one account or from one
 * address, further attempts are refused until the window has passed.
 */
@Component
public class LoginThrottle {

    static final int MAX_FAILURES_PER_ACCOUNT = 5;
    static final int MAX_FAILURES_PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Optional<Clock> clock) {
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Whether an attempt for this account from this address must be refused now. */
    public boolean blocked(String email, String address) {
        return count("account:" + AccountRepository.normalize(email)) >= MAX_FAILURES_PER_ACCOUNT
                || (address != null && count("address:" + address) >= MAX_FAILURES_PER_ADDRESS);
    }

    public void failed(String email, String address) {
        record("account:" + AccountRepository.normalize(email));
        if (address != null) {
            record("address:" + address);
        }
    }

    public void succeeded(String email) {
        failures.remove("account:" + AccountRepository.normalize(email));
    }

    private int count(String key) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            prune(times);
            return times.size();
        }
    }

    private void record(String key) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times);
            times.addLast(clock.instant());
        }
    }

    private void prune(Deque<Instant> times) {
        Instant limit = clock.instant().minus(WINDOW);
        while (!times.isEmpty() && times.peekFirst().isBefore(limit)) {
            times.removeFirst();
        }
    }
}
