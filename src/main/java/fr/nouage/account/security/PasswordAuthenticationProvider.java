package fr.nouage.account.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import fr.nouage.account.NouageUser;
import fr.nouage.account.internal.PasswordCheck;

/** Signs in with the form's e-mail and password through {@link PasswordCheck}. */
final class PasswordAuthenticationProvider implements AuthenticationProvider {

    private final PasswordCheck check;

    PasswordAuthenticationProvider(PasswordCheck check) {
        this.check = check;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        String device = authentication.getDetails() instanceof SignInForm.Details details ? details.deviceCookie() : null;
        Object credentials = authentication.getCredentials();
        NouageUser user = check.check(authentication.getName(), credentials == null ? null : credentials.toString(),
                address, device);
        UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.authorities());
        signedIn.setDetails(authentication.getDetails());
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
