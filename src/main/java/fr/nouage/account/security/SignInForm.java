package fr.nouage.account.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.util.WebUtils;

import fr.nouage.account.CurrentUser;
import fr.nouage.account.internal.KnownDevices;
import fr.nouage.account.internal.SignInDelayed;

/**
 * The sign-in form's side of the throttle: the browser's known-device cookie is read with the
 * attempt, given again at each success, and a delayed attempt is sent back to the form with the
 * time to wait.
 */
final class SignInForm {

    private SignInForm() {
    }

    /**
     * The details of an attempt: the client's address (Tomcat takes it from {@code X-Forwarded-For}
     * only behind a trusted proxy) and the browser's cookie, which is never kept in the session.
     */
    static final class Details extends WebAuthenticationDetails {

        private static final long serialVersionUID = 1L;

        private final transient String deviceCookie;

        Details(HttpServletRequest request) {
            super(request);
            Cookie cookie = WebUtils.getCookie(request, KnownDevices.COOKIE);
            this.deviceCookie = cookie == null ? null : cookie.getValue();
        }

        String deviceCookie() {
            return deviceCookie;
        }
    }

    /** After a success: the browser becomes (or stays) known for the account, then the usual redirect. */
    static AuthenticationSuccessHandler success(KnownDevices devices, boolean secureCookies) {
        SavedRequestAwareAuthenticationSuccessHandler redirect = new SavedRequestAwareAuthenticationSuccessHandler();
        redirect.setDefaultTargetUrl("/");
        return (HttpServletRequest request, HttpServletResponse response, Authentication authentication) -> {
            CurrentUser.of(authentication).flatMap(user -> devices.issue(user.email())).ifPresent(value ->
                    response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(KnownDevices.COOKIE, value)
                            .path(request.getContextPath() + "/login").maxAge(KnownDevices.LIFETIME).httpOnly(true)
                            .secure(secureCookies).sameSite("Lax").build().toString()));
            redirect.onAuthenticationSuccess(request, response, authentication);
        };
    }

    /** After a refusal: back to the form, saying how long to wait when the attempt was delayed. */
    static AuthenticationFailureHandler failure() {
        return (request, response, exception) -> {
            String query = exception instanceof SignInDelayed delayed ? "?bloque=" + delayed.seconds()
                    : exception instanceof LockedException ? "?bloque" : "?erreur";
            response.sendRedirect(request.getContextPath() + "/login" + query);
        };
    }
}
