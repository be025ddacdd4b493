package fr.nouage.platform.web;

import java.util.Locale;
import java.util.Map;
import java.util.function.IntSupplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;

import fr.nouage.platform.PageContext;
import fr.nouage.platform.PlatformProperties;
import fr.nouage.platform.SignedInUser;
import fr.nouage.platform.UnreadNotifications;

/** Adds the {@link PageContext} to the model of every page, error pages included. */
@ControllerAdvice
class PageContextAdvice {

    private final MessageSource messages;
    private final PlatformProperties properties;
    private final ObjectProvider<UnreadNotifications> unread;
    /** Resolved once: looking a bean up costs more than the trivial page itself. */
    private volatile UnreadNotifications notifications;

    PageContextAdvice(MessageSource messages, PlatformProperties properties, ObjectProvider<UnreadNotifications> unread) {
        this.messages = messages;
        this.properties = properties;
        this.unread = unread;
    }

    @ModelAttribute("page")
    PageContext page(HttpServletRequest request, Locale locale) {
        UnreadNotifications found = notifications;
        if (found == null) {
            found = unread.getIfAvailable();
            notifications = found;
        }
        return PageContexts.of(request, locale, messages, properties, found);
    }

    /** Builds the page context outside a controller too (error pages). */
    static final class PageContexts {

        private PageContexts() {
        }

        static PageContext of(HttpServletRequest request, Locale locale, MessageSource messages,
                PlatformProperties properties, UnreadNotifications notifications) {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            String name = null;
            boolean admin = false;
            IntSupplier unread = null;
            if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
                name = auth.getPrincipal() instanceof SignedInUser user ? user.displayName() : auth.getName();
                admin = auth.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
                if (notifications != null && auth.getPrincipal() instanceof SignedInUser user) {
                    unread = () -> notifications.count(user.accountId());
                }
            }
            CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
            Keeping keeping = KeptPages.keeping(request);
            String unreadPlace = keeping != null && unread != null ? keeping.unreadPlaceholder() : null;
            if (csrf != null && keeping != null) {
                // a kept page is shown again with the token of each showing in this place
                csrf = new DefaultCsrfToken(csrf.getHeaderName(), csrf.getParameterName(), keeping.csrfPlaceholder());
            }
            Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
            // the token is read only if the page shows a form: reading it here would open a session
            return new PageContext(name, admin, properties.demo(), csrf,
                    request.getRequestURI(), flashKey(flash, "notice"), flashKey(flash, "alert"), messages, locale,
                    unread, unreadPlace);
        }

        private static String flashKey(Map<String, ?> flash, String name) {
            return flash != null && flash.get(name) instanceof String key ? key : null;
        }
    }
}
