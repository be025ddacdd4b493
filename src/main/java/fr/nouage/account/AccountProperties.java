package fr.nouage.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

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
 */
@Validated
@ConfigurationProperties("nouage.account")
public record AccountProperties(String adminEmail, String adminPassword, @DefaultValue Oidc oidc,
        @DefaultValue("PT5S") Duration signedInTimeToLive) {

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
