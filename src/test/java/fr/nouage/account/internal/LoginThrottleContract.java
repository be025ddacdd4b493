package fr.nouage.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.nouage.account.AccountProperties;
import fr.nouage.support.NouageIT;

/**
 * Two instances of the application sharing one database throttle sign-ins together: each sees the
 * failures the other counted, a success on one clears the account on both, and failures counted at
 * the same moment on both are all counted.
 */
abstract class LoginThrottleContract extends NouageIT {

    @Autowired
    JdbcClient jdbc;

    private LoginThrottle instance() {
        return new LoginThrottle(jdbc, Clock.systemUTC(), AccountProperties.SignIn.defaults());
    }

    private static String someone() {
        return "throttle-" + UUID.randomUUID() + "@mairie.fr";
    }

    /** An address of its own /48 network, so that tests sharing the database do not add up. */
    private static String someAddress() {
        return "2001:db8:" + Integer.toHexString((int) (Math.random() * 0xFFFF)) + "::1";
    }

    @Test
    void twoInstancesSeeEachOthersFailures() {
        LoginThrottle first = instance();
        LoginThrottle second = instance();
        String email = someone();
        String address = someAddress();
        for (int i = 0; i < 2; i++) {
            first.failed(email, address, null);
        }
        assertThat(second.waitBefore(email, address, null)).isZero();

        second.failed(email.toUpperCase(), address, null);

        assertThat(first.waitBefore(email, someAddress(), null))
                .as("three failures, two here and one on the other instance").isPositive();
        first.succeeded(email, null);
        assertThat(second.waitBefore(email, address, null)).as("a success on one instance clears the account on both")
                .isZero();
    }

    @Test
    void anAddressIsBlockedByFailuresSpreadOverInstancesAndAccounts() {
        LoginThrottle first = instance();
        LoginThrottle second = instance();
        String address = someAddress();
        for (int i = 0; i < 19; i++) {
            (i % 2 == 0 ? first : second).failed(someone(), address, null);
        }
        assertThat(first.waitBefore(someone(), address, null)).isZero();
        second.failed(someone(), address, null);
        assertThat(first.waitBefore(someone(), address, null)).isPositive();
    }

    @Test
    void failuresCountedAtTheSameMomentOnBothInstancesAreAllCounted() throws Exception {
        LoginThrottle first = instance();
        LoginThrottle second = instance();
        String email = someone();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Void>> calls = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                LoginThrottle throttle = i % 2 == 0 ? first : second;
                calls.add(() -> {
                    throttle.failed(email, null, null);
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(calls)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        Integer failures = jdbc.sql("select failures from login_attempt where attempt_key = ?")
                .param(LoginThrottle.accountKey(email)).query(Integer.class).single();
        assertThat(failures).isEqualTo(40);
    }

    @Test
    void rowsWhoseWindowHasPassedAreDeletedByTheNextFailure() {
        String old = someone();
        Clock aDayAgo = Clock.offset(Clock.systemUTC(), Duration.ofHours(-25));
        new LoginThrottle(jdbc, aDayAgo, AccountProperties.SignIn.defaults()).failed(old, null, null);
        assertThat(rows(old)).isEqualTo(1);

        instance().failed(someone(), null, null);

        assertThat(rows(old)).as("the failure of a day ago is forgotten and gone from the table").isZero();
    }

    private int rows(String email) {
        return jdbc.sql("select count(*) from login_attempt where attempt_key = ?").param(LoginThrottle.accountKey(email))
                .query(Integer.class).single();
    }
}
