package fr.nouage.platform;

import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * Everything the common layout of a page needs, added to every model under the name {@code page}.
 *
 * @param userName    display name of the signed-in user, {@code null} when anonymous
 * @param admin       whether the user may see the administration menu
 * @param demo        whether this instance runs with demonstration data (a banner says so)
 * @param csrf        the request's CSRF token, read only when a page shows a form (so that a
 *                    response without form opens no session), {@code null} when there is none
 * @param path        path of the current request, used to mark the current menu entry
 * @param notice      message key of a confirmation to show once (after a redirect), or {@code null}
 * @param alert       message key of a problem to show once (after a redirect), or {@code null}
 * @param unread      counts the signed-in user's unread notifications when asked, {@code null} when anonymous
 */
public record PageContext(String userName, boolean admin, boolean demo,
        org.springframework.security.web.csrf.CsrfToken csrf, String path, String notice, String alert, MessageSource messages, Locale locale,
        java.util.function.IntSupplier unread) {

    /** Unread in-app notifications of the signed-in user (one query, run only when the header asks). */
    public int unreadNotifications() {
        return unread == null ? 0 : unread.getAsInt();
    }

    /**
     * The header's badge of unread notifications, as HTML (the count and an escaped label read by
     * screen readers): nothing when there are none.
     */
    public String unreadBadge() {
        int count = unreadNotifications();
        return count <= 0 ? "" : " <span class=\"badge\">" + count + "<span class=\"visually-hidden\"> "
                + org.springframework.web.util.HtmlUtils.htmlEscape(t("nav.notifications.unread", count)) + "</span></span>";
    }

    /** The message of the given key in the user's language, with its arguments filled in. */
    public String t(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    /** A whole number in the French way, e.g. {@code 28 234}. */
    public String number(long value) {
        return Formats.NUMBERS.get().computeIfAbsent(locale, java.text.NumberFormat::getIntegerInstance).format(value);
    }

    /** A moment in Europe/Paris time, e.g. {@code 14/01/2027 18:30}. */
    public String dateTime(java.time.Instant instant) {
        return instant == null ? "" : DateFormats.of("dd/MM/yyyy HH:mm", locale).format(instant);
    }

    /** Whether {@code prefix} starts the current path, to mark the current menu entry. */
    public boolean current(String prefix) {
        return path != null && ("/".equals(prefix) ? "/".equals(path) : path.startsWith(prefix));
    }

    public boolean signedIn() {
        return userName != null;
    }

    /** The name of the CSRF form field, {@code null} when there is no token. */
    public String csrfParameter() {
        return csrf == null ? null : csrf.getParameterName();
    }

    /** The CSRF token of the forms, {@code null} when there is none. */
    public String csrfToken() {
        return csrf == null ? null : csrf.getToken();
    }

    public boolean hasCsrf() {
        return csrf != null && csrfToken() != null;
    }

    /** The JSON header object HTMX sends with every request so that its calls carry the token. */
    public String htmxHeaders() {
        return hasCsrf() ? "{\"X-CSRF-TOKEN\": \"" + csrfToken() + "\"}" : "{}";
    }

    /** Formats built once: building one costs more than formatting a whole table with it. */
    private static final class Formats {

        /** Number formats are not thread-safe: one per thread and locale. */
        static final ThreadLocal<java.util.Map<Locale, java.text.NumberFormat>> NUMBERS =
                ThreadLocal.withInitial(java.util.HashMap::new);

        private Formats() {
        }
    }
}
