package fr.nouage.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Min;

/**
 * Settings of the account module ({@code nouage.account}).
 *
 * @param adminEmail    e-mail of the admin account created on first start if absent ({@code NOUAGE_ADMIN_EMAIL})
 * @param adminPassword its password ({@code NOUAGE_ADMIN_PASSWORD}); no admin is created without both
 * @param oidc          OpenID Connect sign-in (ProConnect-compatible)
 * @param signedInTimeToLive how long an instance keeps what a signed-in account may do (its state and
 *                      roles, read again at each request of its sessions); a change made on the same
 *                      instance counts at once, one that takes rights away ends the account's sessions
 *                      on every instance, and one that gives a role counts on other instances within
 *                      this time; {@code PT0S} reads the account at every request
 * @param signIn        how password guessing is slowed down ({@code nouage.account.sign-in.*})
 */
@Validated
@ConfigurationProperties("nouage.account")
public record AccountProperties(String adminEmail, String adminPassword, @DefaultValue Oidc oidc,
        @DefaultValue("PT5S") Duration signedInTimeToLive, @DefaultValue SignIn signIn) {

    /**
     * How sign-in failures are slowed down (see {@code LoginThrottle}).
     *
     * @param freeFailures    failures in a row an account may have before any delay
     * @param firstDelay      the delay after that many; it doubles with each further failure
     * @param maxDelay        the longest delay an account's next attempt may have to wait
     * @param forgetAfter     how long after its last failure an account's failures are forgotten
     * @param addressFailures failures from one address (IPv4, or IPv6 /64) in a window, whatever the
     *                        accounts, after which it waits for the window to pass
     * @param networkFailures the same for a network (IPv4 /24, IPv6 /48)
     * @param deviceFailures  failures from a known browser in a window after which it is delayed like
     *                        any other
     * @param window          the window of the address, network and browser counts
     */
    public record SignIn(@DefaultValue("3") @Min(1) int freeFailures, @DefaultValue("PT1S") Duration firstDelay,
            @DefaultValue("PT5M") Duration maxDelay, @DefaultValue("PT24H") Duration forgetAfter,
            @DefaultValue("20") @Min(1) int addressFailures, @DefaultValue("100") @Min(1) int networkFailures,
            @DefaultValue("10") @Min(1) int deviceFailures, @DefaultValue("PT15M") Duration window) {

        /** The default settings. */
        public static SignIn defaults() {
            return new SignIn(3, Duration.ofSeconds(1), Duration.ofMinutes(5), Duration.ofHours(24), 20, 100, 10,
                    Duration.ofMinutes(15));
        }
    }

    /**
     * @param enabled      whether the sign-in page offers OpenID Connect
     * @param issuerUri    issuer of the provider, whose discovery document is read at the first sign-in
     * @param clientId     client identifier given by the provider
     * @param clientSecret client secret given by the provider
     * @param scopes       scopes asked for, space-separated
     * @param label        name of the provider on the sign-in button
     */
    public record Oidc(@DefaultValue("false") boolean enabled, String issuerUri, String clientId, String clientSecret,
            @DefaultValue("openid email given_name usual_name") String scopes,
            @DefaultValue("ProConnect") String label) {
    }
}
