package fr.nouage.account.security;

import java.security.SecureRandom;
import java.util.Base64;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.util.UrlUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * After the local sign-out, a person who signed in through the provider is also signed out there
 * (RP-initiated logout with {@code id_token_hint}, {@code state} and {@code post_logout_redirect_uri},
 * as ProConnect requires) when the provider has an {@code end_session_endpoint}; everybody else
 * goes straight back to the sign-in page.
 */
final class ProviderLogout extends SimpleUrlLogoutSuccessHandler {

    static final String SIGNED_OUT = "/login?deconnecte";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ClientRegistrationRepository registrations;

    ProviderLogout(ClientRegistrationRepository registrations) {
        this.registrations = registrations;
        setDefaultTargetUrl(SIGNED_OUT);
    }

    @Override
    protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) {
        if (authentication instanceof OAuth2AuthenticationToken token && token.getPrincipal() instanceof OidcUser user) {
            ClientRegistration registration = registrations.findByRegistrationId(token.getAuthorizedClientRegistrationId());
            Object endSession = registration == null ? null
                    : registration.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
            if (endSession != null) {
                String back = UriComponentsBuilder.fromUriString(UrlUtils.buildFullRequestUrl(request))
                        .replacePath(request.getContextPath() + "/login").replaceQuery("deconnecte").fragment(null)
                        .toUriString();
                return UriComponentsBuilder.fromUriString(endSession.toString())
                        .queryParam("id_token_hint", "{hint}")
                        .queryParam("state", "{state}")
                        .queryParam("post_logout_redirect_uri", "{back}")
                        .encode().buildAndExpand(user.getIdToken().getTokenValue(), state(), back).toUriString();
            }
        }
        return super.determineTargetUrl(request, response);
    }

    private static String state() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
