package fr.nouage.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final String ADDRESS = "192.0.2.10";

    private final MutableClock clock = new MutableClock(Instant.parse("2027-01-14T09:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(ThrottleDatabase.inMemory(), clock);

    @Test
    void anAccountIsBlockedAfterFiveFailuresWithinFifteenMinutes() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("claire@mairie.fr", ADDRESS);
            clock.advance(Duration.ofMinutes(3));
        }
        assertThat(throttle.blocked("claire@mairie.fr", ADDRESS)).isFalse();
        throttle.failed("claire@mairie.fr", ADDRESS);
        assertThat(throttle.blocked("claire@mairie.fr", ADDRESS)).isTrue();
        assertThat(throttle.blocked("Claire@Mairie.fr ", "198.51.100.7"))
                .as("the account stays blocked whatever the case of its address or the caller's address").isTrue();
        assertThat(throttle.blocked("paul@mairie.fr", ADDRESS)).as("other accounts are not blocked").isFalse();
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowDoNotBlock() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("claire@mairie.fr", ADDRESS);
            clock.advance(Duration.ofMinutes(4));
        }
        assertThat(throttle.blocked("claire@mairie.fr", ADDRESS)).isFalse();
    }

    @Test
    void theBlockEndsOnceTheWindowHasPassed() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("claire@mairie.fr", ADDRESS);
        }
        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.blocked("claire@mairie.fr", ADDRESS)).isTrue();
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(throttle.blocked("claire@mairie.fr", ADDRESS)).isFalse();
    }

    @Test
    void aSuccessfulSignInClearsTheFailuresOfTheAccount() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("claire@mairie.fr", ADDRESS);
        }
        throttle.succeeded("claire@mairie.fr");
        throttle.failed("claire@mairie.fr", ADDRESS);
        assertThat(throttle.blocked("claire@mairie.fr", ADDRESS)).isFalse();
    }

    @Test
    void anAddressIsBlockedAfterTwentyFailuresWhateverTheAccounts() {
        for (int i = 0; i < 19; i++) {
            throttle.failed("person" + i + "@mairie.fr", ADDRESS);
        }
        assertThat(throttle.blocked("someone@mairie.fr", ADDRESS)).isFalse();
        throttle.failed("person19@mairie.fr", ADDRESS);
        assertThat(throttle.blocked("someone@mairie.fr", ADDRESS)).isTrue();
        assertThat(throttle.blocked("someone@mairie.fr", "198.51.100.7")).as("another address").isFalse();
        clock.advance(Duration.ofMinutes(16));
        assertThat(throttle.blocked("someone@mairie.fr", ADDRESS)).isFalse();
    }

    /** A clock the test moves forward. */
    private static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
