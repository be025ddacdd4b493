package fr.nouage.platform.session;

import java.util.Map;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.IndexResolver;
import org.springframework.session.Session;

/**
 * Indexes a session by the name of its signed-in user (so that all sessions of an account can be
 * found), reading the security context directly rather than through an expression at each write.
 */
final class SignedInPrincipalIndexResolver implements IndexResolver<Session> {

    @Override
    public Map<String, String> resolveIndexesFor(Session session) {
        Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        if (context instanceof SecurityContext security && security.getAuthentication() != null
                && security.getAuthentication().getName() != null) {
            return Map.of(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME,
                    security.getAuthentication().getName());
        }
        return Map.of();
    }
}
