package fr.nouage.account.security;

import java.util.function.Supplier;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import fr.nouage.account.CurrentUser;

/**
 * Grants a request whose path names a territory ({@code {siren}}) only to users who may read that
 * territory: those with a role in it, the coordinator and the admin.
 */
final class TerritoryAuthorization implements AuthorizationManager<RequestAuthorizationContext> {

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
            RequestAuthorizationContext context) {
        String siren = context.getVariables().get("siren");
        boolean granted = siren != null && CurrentUser.of(authentication.get()).map(u -> u.canRead(siren)).orElse(false);
        return new AuthorizationDecision(granted);
    }
}
