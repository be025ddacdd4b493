package fr.nouage.account;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The Nouage user behind an authentication, whichever way they signed in. */
public final class CurrentUser {

    private CurrentUser() {
    }

    /** The user of an authentication, empty when anonymous. */
    public static Optional<NouageUser> of(Authentication authentication) {
        if (authentication == null) {
            return Optional.empty();
        }
        Object principal = authentication.getPrincipal();
        if (principal instanceof NouageUser user) {
            return Optional.of(user);
        }
        if (principal instanceof HoldsNouageUser holder) {
            return Optional.of(holder.nouageUser());
        }
        return Optional.empty();
    }

    /** The user of the current request, empty when anonymous. */
    public static Optional<NouageUser> get() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    /** The user of the current request; only for code that security already restricted to signed-in users. */
    public static NouageUser require() {
        return get().orElseThrow(() -> new IllegalStateException("no signed-in Nouage user"));
    }

    /** A principal of another kind (OpenID Connect) that carries a Nouage user. */
    public interface HoldsNouageUser {
        NouageUser nouageUser();
    }
}
