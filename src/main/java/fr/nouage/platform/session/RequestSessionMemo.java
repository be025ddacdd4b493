package fr.nouage.platform.session;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import fr.nouage.platform.session.QuietSessionRepository.QuietSession;

/**
 * The session a request read, kept for that request only. Spring Session saves a session when the
 * response is committed and once more when the request ends; the second time it reads the session
 * again from the database to compare identifiers. With this memo the second reading answers the
 * session already read instead of querying and deserialising it once more.
 *
 * <p>Placed just outside Spring Session's filter: the memo is emptied when each request (and each
 * error dispatch) starts and ends, so it never outlives its request on a pooled thread.
 */
final class RequestSessionMemo implements Filter {

    private static final ThreadLocal<QuietSession> READ = new ThreadLocal<>();

    /** The session of that identifier already read by the current request, {@code null} if none. */
    static QuietSession get(String id) {
        QuietSession read = READ.get();
        return read != null && read.getId().equals(id) ? read : null;
    }

    static void remember(QuietSession session) {
        READ.set(session);
    }

    static void forget() {
        READ.remove();
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        forget();
        try {
            chain.doFilter(request, response);
        } finally {
            forget();
        }
    }
}
