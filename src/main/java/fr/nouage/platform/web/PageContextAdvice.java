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

    PageContextAdvice(MessageSource messages, PlatformProperties properties, ObjectProvider<UnreadNotifications> unread) {
        this.messages = messages;
        this.properties = properties;
        this.unread = unread;
    }

    @ModelAttribute("page")
    PageContext page(HttpServletRequest request, Locale locale) {
        return PageContexts.of(request, locale, messages, properties, unread.getIfAvailable());
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
            Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
            // the token is read only if the page shows a form: reading it here would open a session
            return new PageContext(name, admin, properties.demo(), csrf,
                    request.getRequestURI(), flashKey(flash, "notice"), flashKey(flash, "alert"), messages, locale,
                    unread);
        }

        private static String flashKey(Map<String, ?> flash, String name) {
            return flash != null && flash.get(name) instanceof String key ? key : null;
        }
    }
}
