package fr.nouage.account.security;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.util.StringUtils;

import fr.nouage.account.Account;
import fr.nouage.account.Accounts;
import fr.nouage.account.NouageUser;

/**
 * Turns an identity confirmed by the provider (its ID token already validated by Spring Security)
 * into a Nouage user: the e-mail from UserInfo, or failing that from the ID token, must be the
 * e-mail of an enabled account. Nobody is created here; any other identity is refused.
 */
final class NouageOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private static final Logger log = LoggerFactory.getLogger(NouageOidcUserService.class);

    private final UserInfoClient userInfo;
    private final Accounts accounts;

    NouageOidcUserService(UserInfoClient userInfo, Accounts accounts) {
        this.userInfo = userInfo;
        this.accounts = accounts;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcIdToken idToken = request.getIdToken();
        ClientRegistration registration = request.getClientRegistration();
        OidcUserInfo info = null;
        if (StringUtils.hasText(registration.getProviderDetails().getUserInfoEndpoint().getUri())) {
            Map<String, Object> claims = userInfo.claims(registration, request.getAccessToken(), idToken.getSubject());
            info = new OidcUserInfo(claims);
        }
        String email = info != null && StringUtils.hasText(info.getEmail()) ? info.getEmail() : idToken.getEmail();
        Boolean verified = info != null && info.getEmailVerified() != null ? info.getEmailVerified()
                : idToken.getEmailVerified();
        if (!StringUtils.hasText(email) || Boolean.FALSE.equals(verified)) {
            throw refused("no verified e-mail for subject " + idToken.getSubject());
        }
        Account account = accounts.findByEmail(email).filter(Account::enabled)
                .orElseThrow(() -> refused("no enabled account for subject " + idToken.getSubject()));
        NouageUser user = new NouageUser(account.id(), account.email(), account.displayName(), account.roles());
        return new NouageOidcUser(user, idToken, info);
    }

    private static OAuth2AuthenticationException refused(String reason) {
        log.info("OpenID Connect sign-in refused: {}", reason);
        return new OAuth2AuthenticationException(new OAuth2Error("nouage_account_not_found", reason, null), reason);
    }
}
