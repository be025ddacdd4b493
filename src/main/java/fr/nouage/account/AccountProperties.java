package fr.nouage.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the account module ({@code nouage.account}).
 *
 * @param adminEmail    e-mail of the admin account created on first start if absent ({@code NOUAGE_ADMIN_EMAIL})
 * @param adminPassword its password ({@code NOUAGE_ADMIN_PASSWORD}); no admin is created without both
 * @param oidc          OpenID Connect sign-in (ProConnect-compatible)
 */
@Validated
@ConfigurationProperties("nouage.account")
public record AccountProperties(String adminEmail, String adminPassword, @DefaultValue Oidc oidc) {

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
