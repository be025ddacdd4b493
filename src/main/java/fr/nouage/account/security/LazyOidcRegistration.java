package fr.nouage.account.security;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.util.StringUtils;

import fr.nouage.account.AccountProperties;

/**
 * The single client registration {@value #REGISTRATION_ID}, built from the provider's discovery
 * document the first time it is needed and kept once built. While the provider cannot be reached,
 * it answers {@code null}, which Spring Security treats as an unknown registration (the sign-in
 * fails and can be retried).
 */
final class LazyOidcRegistration implements ClientRegistrationRepository {

    static final String REGISTRATION_ID = "oidc";
    private static final Logger log = LoggerFactory.getLogger(LazyOidcRegistration.class);

    private final AccountProperties.Oidc settings;
    private volatile ClientRegistration registration;

    LazyOidcRegistration(AccountProperties.Oidc settings) {
        if (!StringUtils.hasText(settings.issuerUri()) || !StringUtils.hasText(settings.clientId())) {
            throw new IllegalStateException(
                    "nouage.account.oidc.enabled=true needs an issuer (NOUAGE_OIDC_ISSUER) and a client id (NOUAGE_OIDC_CLIENT_ID)");
        }
        this.settings = settings;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!REGISTRATION_ID.equals(registrationId)) {
            return null;
        }
        ClientRegistration found = registration;
        if (found == null) {
            synchronized (this) {
                if (registration == null) {
                    registration = discover();
                }
                found = registration;
            }
        }
        return found;
    }

    /** The configured scopes, with {@code openid} added if missing (without it there is no ID token). */
    static Set<String> scopes(String configured) {
        Set<String> scopes = new LinkedHashSet<>();
        scopes.add("openid");
        if (configured != null) {
            Arrays.stream(configured.trim().split("\\s+")).filter(s -> !s.isEmpty()).forEach(scopes::add);
        }
        return scopes;
    }

    private ClientRegistration discover() {
        try {
            // client authentication (basic or post) is chosen from token_endpoint_auth_methods_supported
            return ClientRegistrations.fromIssuerLocation(settings.issuerUri())
                    .registrationId(REGISTRATION_ID)
                    .clientId(settings.clientId())
                    .clientSecret(settings.clientSecret())
                    .clientName(settings.label())
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .scope(scopes(settings.scopes()))
                    .build();
        } catch (RuntimeException e) {
            log.warn("OpenID provider {} unavailable: {}", settings.issuerUri(), e.toString());
            return null;
        }
    }
}
