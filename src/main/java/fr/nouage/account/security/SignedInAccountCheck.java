package fr.nouage.account.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

import fr.nouage.account.CurrentUser;
import fr.nouage.account.NouageUser;
import fr.nouage.account.internal.SignedInAccounts;

/**
 * Checks, at each request of a web session, that its account may still do what the session says:
 * a disabled or deleted account's session is ended (the request goes on signed out), and roles given
 * or taken since the sign-in replace those of the session for the request.
 */
final class SignedInAccountCheck extends OncePerRequestFilter {

    private final SignedInAccounts accounts;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    SignedInAccountCheck(SignedInAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // static files: no session to check, none read
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getRequestedSessionId() == null || path.startsWith("/css/") || path.startsWith("/js/")
                || path.startsWith("/img/") || path.startsWith("/webjars/") || path.equals("/favicon.ico");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = holder.getContext().getAuthentication();
        Optional<NouageUser> held = CurrentUser.of(authentication);
        if (held.isPresent()) {
            Optional<NouageUser> now = accounts.current(held.get().accountId());
            if (now.isEmpty()) {
                holder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            } else if (!now.get().roles().equals(held.get().roles())) {
                SecurityContext refreshed = holder.createEmptyContext();
                refreshed.setAuthentication(withUser(authentication, now.get()));
                holder.setContext(refreshed);
            }
        }
        chain.doFilter(request, response);
    }

    /** The same authentication, for the account as it is now. */
    private static Authentication withUser(Authentication authentication, NouageUser user) {
        if (authentication instanceof OAuth2AuthenticationToken oidc && oidc.getPrincipal() instanceof NouageOidcUser held) {
            NouageOidcUser principal = new NouageOidcUser(user, held.getIdToken(), held.getUserInfo());
            OAuth2AuthenticationToken token = new OAuth2AuthenticationToken(principal, user.authorities(),
                    oidc.getAuthorizedClientRegistrationId());
            token.setDetails(oidc.getDetails());
            return token;
        }
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.authorities());
        token.setDetails(authentication.getDetails());
        return token;
    }
}
