package fr.nouage.account.security;

import java.net.URI;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

import fr.nouage.account.AccountProperties;
import fr.nouage.account.Accounts;

/**
 * OpenID Connect sign-in (ProConnect-compatible), present only when
 * {@code nouage.account.oidc.enabled=true}. The provider's discovery document is read at the first
 * sign-in, so that Nouage starts even when the provider is unreachable.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("nouage.account.oidc.enabled")
class OidcConfiguration {

    static final String FAILURE_URL = "/login?oidc";

    @Bean
    ClientRegistrationRepository oidcClientRegistrations(AccountProperties properties) {
        return new LazyOidcRegistration(properties.oidc());
    }

    @Bean
    OidcLogin oidcLogin(ClientRegistrationRepository registrations, Accounts accounts, AccountProperties properties) {
        NouageOidcUserService users = new NouageOidcUserService(new UserInfoClient(), accounts);
        return http -> http
                .oauth2Login(oauth -> oauth.loginPage("/login").failureUrl(FAILURE_URL)
                        .clientRegistrationRepository(registrations)
                        .userInfoEndpoint(u -> u.oidcUserService(users))
                        .withObjectPostProcessor(unreachableProviderGoesBackToLogin()))
                .logout(logout -> logout.logoutSuccessHandler(new ProviderLogout(registrations)))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
                        contentSecurityPolicy(properties.oidc().issuerUri()))));
    }

    /**
     * The pages' policy, with the provider allowed as the target of a form: browsers apply
     * {@code form-action} to the redirect that follows the sign-out form, which goes to the provider.
     */
    static String contentSecurityPolicy(String issuerUri) {
        URI issuer = URI.create(issuerUri);
        String origin = issuer.getScheme() + "://" + issuer.getRawAuthority();
        return SecurityConfiguration.CONTENT_SECURITY_POLICY.replace("form-action 'self'", "form-action 'self' " + origin);
    }

    /** A provider that cannot be reached when the sign-in starts sends the user back to the login page. */
    private static ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter> unreachableProviderGoesBackToLogin() {
        return new ObjectPostProcessor<>() {
            @Override
            public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                filter.setAuthenticationFailureHandler(new SimpleUrlAuthenticationFailureHandler(FAILURE_URL));
                return filter;
            }
        };
    }
}
