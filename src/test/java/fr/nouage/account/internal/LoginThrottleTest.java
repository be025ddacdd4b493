package fr.nouage.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import fr.nouage.account.AccountProperties;

class LoginThrottleTest {

    private static final String ADDRESS = "192.0.2.10";
    private static final String CLAIRE = "claire@mairie.fr";

    private final MutableClock clock = new MutableClock(Instant.parse("2027-01-14T09:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(ThrottleDatabase.inMemory(), clock,
            AccountProperties.SignIn.defaults());

    private Duration wait(String email, String address) {
        return throttle.waitBefore(email, address, null);
    }

    @Test
    void anAccountWaitsLongerAfterEachFailureBeyondTheFirstFew() {
        for (int i = 1; i <= 2; i++) {
            throttle.failed(CLAIRE, "198.51.100." + i, null);
            assertThat(wait(CLAIRE, ADDRESS)).as("after %d failures", i).isZero();
        }
        throttle.failed(CLAIRE, "198.51.100.3", null);
        assertThat(wait(CLAIRE, ADDRESS)).isEqualTo(Duration.ofSeconds(1));
        throttle.failed(CLAIRE, "198.51.100.4", null);
        assertThat(wait(CLAIRE, ADDRESS)).isEqualTo(Duration.ofSeconds(2));
        throttle.failed(CLAIRE, "198.51.100.5", null);
        assertThat(wait("Claire@Mairie.fr ", "203.0.113.9")).as("five failures from five addresses: 4 s, from anywhere")
                .isEqualTo(Duration.ofSeconds(4));
        assertThat(wait("paul@mairie.fr", ADDRESS)).as("other accounts wait nothing").isZero();

        clock.advance(Duration.ofSeconds(4));
        assertThat(wait(CLAIRE, ADDRESS)).as("the documented delay has passed: the owner may try").isZero();
    }

    @Test
    void theDelayStopsGrowingAtItsCeilingAndFailuresAreForgottenAfterADay() {
        for (int i = 0; i < 40; i++) {
            throttle.failed(CLAIRE, null, null);
        }
        assertThat(wait(CLAIRE, null)).isEqualTo(Duration.ofMinutes(5));
        clock.advance(Duration.ofMinutes(5));
        assertThat(wait(CLAIRE, null)).as("never locked for longer than the ceiling").isZero();
        clock.advance(Duration.ofHours(24));
        throttle.failed(CLAIRE, null, null);
        assertThat(wait(CLAIRE, null)).as("a failure a day later counts as the first").isZero();
    }

    @Test
    void aSuccessfulSignInClearsTheDelayOfTheAccount() {
        for (int i = 0; i < 6; i++) {
            throttle.failed(CLAIRE, ADDRESS, null);
        }
        throttle.succeeded(CLAIRE, null);
        assertThat(wait(CLAIRE, ADDRESS)).isZero();
        throttle.failed(CLAIRE, ADDRESS, null);
        assertThat(wait(CLAIRE, ADDRESS)).isZero();
    }

    @Test
    void aKnownBrowserIsNotDelayedByFailuresMadeElsewhereUntilItFailsTooOften() {
        String browser = "device:claires-laptop";
        for (int i = 0; i < 12; i++) {
            throttle.failed(CLAIRE, "198.51.100." + i, null);
        }
        assertThat(wait(CLAIRE, ADDRESS)).isPositive();
        assertThat(throttle.waitBefore(CLAIRE, ADDRESS, browser)).isZero();
        for (int i = 0; i < 10; i++) {
            throttle.failed(CLAIRE, ADDRESS, browser);
        }
        assertThat(throttle.waitBefore(CLAIRE, ADDRESS, browser)).as("a stolen cookie gets ten tries").isPositive();
    }

    @Test
    void anAddressWaitsForTheWindowAfterTwentyFailuresWhateverTheAccounts() {
        for (int i = 0; i < 19; i++) {
            throttle.failed("person" + i + "@mairie.fr", ADDRESS, null);
        }
        assertThat(wait("someone@mairie.fr", ADDRESS)).isZero();
        throttle.failed("person19@mairie.fr", ADDRESS, null);
        assertThat(wait("someone@mairie.fr", ADDRESS)).isEqualTo(Duration.ofMinutes(15));
        assertThat(wait("someone@mairie.fr", "198.51.100.7")).as("another network").isZero();
        clock.advance(Duration.ofMinutes(16));
        assertThat(wait("someone@mairie.fr", ADDRESS)).isZero();
    }

    @Test
    void theAddressesOfOneIpv6NetworkCountAsOneAndItsNeighboursAsANetwork() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("person" + i + "@mairie.fr", "2001:db8:1:2::" + Integer.toHexString(i + 1), null);
        }
        assertThat(wait("someone@mairie.fr", "2001:db8:1:2:ffff::9")).as("the same /64").isPositive();
        assertThat(wait("someone@mairie.fr", "2001:db8:1:3::1")).as("another /64").isZero();
        for (int i = 0; i < 100; i++) {
            throttle.failed("other" + i + "@mairie.fr", "2001:db8:1:" + Integer.toHexString(100 + i) + "::1", null);
        }
        assertThat(wait("someone@mairie.fr", "2001:db8:1:ffff::1")).as("the same /48").isPositive();
        assertThat(wait("someone@mairie.fr", "2001:db8:2::1")).as("another /48").isZero();
    }

    @Test
    void aNameIsNeverLookedUpAndCountsAsItself() {
        assertThat(LoginThrottle.placeKeys("intranet.mairie.example")).hasSize(1);
        assertThat(LoginThrottle.placeKeys("192.0.2.10")).hasSize(2);
        assertThat(LoginThrottle.placeKeys("::ffff:192.0.2.10")).as("an IPv4 address written as IPv6")
                .isEqualTo(LoginThrottle.placeKeys("192.0.2.10"));
        assertThat(LoginThrottle.placeKeys(null)).isEmpty();
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
