package fr.nouage.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.function.Supplier;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import fr.nouage.platform.FormTokens;
import fr.nouage.platform.KeptPage;
import fr.nouage.platform.SignedInUser;
import fr.nouage.platform.cache.WriteGeneration;
import fr.nouage.platform.cache.WriteScope;

/**
 * Pages marked {@link KeptPage}, kept once rendered for the web session that asked them and shown
 * again to it while the generation of their territory's data is unchanged (no write for that
 * territory, nor for every territory, on any instance since: {@link WriteScope}) and for at most
 * {@code nouage.cache.page-time-to-live} (a minute by default; zero turns keeping off). The copies
 * of all sessions take at most {@code nouage.cache.page-memory} (32 MB by default). The header's
 * count of unread notifications, which another territory's events may move, is counted anew at
 * each showing, as the tokens are made anew.
 *
 * <p>A page is kept only when its handler ended normally with a 200, for a signed-in session, and
 * without a message to show once (after a redirect). A reload that asks to bypass caches (sent by
 * the browser's forced reload) renders the page anew. The access checks of a page ran when it was
 * rendered for that same session; a change of roles or of an account is a write, after which every
 * copy is out of date.
 */
@Component
class KeptPages implements WebMvcConfigurer, HandlerInterceptor {

    /** The benchmark asks a page's SQL statements with this header: it is then rendered, never kept. */
    static final String COUNT_SQL_HEADER = "X-Count-SQL";

    private final WriteGeneration generation;
    private final PageContextAdvice pageContexts;
    private final Cache<String, PageCopy> copies;
    private final String secret;
    private final byte[] secretBytes;
    private final int placeholderLength;

    KeptPages(WriteGeneration generation, PageContextAdvice pageContexts,
            @Value("${nouage.cache.page-time-to-live:PT1M}") Duration timeToLive,
            @Value("${nouage.cache.page-memory:32MB}") DataSize memory) {
        this.generation = generation;
        this.pageContexts = pageContexts;
        this.copies = timeToLive.isZero() || memory.toBytes() == 0 ? null
                : Caffeine.newBuilder().expireAfterWrite(timeToLive).maximumWeight(memory.toBytes())
                        .<String, PageCopy>weigher((key, copy) -> key.length() * 2 + copy.html().length + 64)
                        .build();
        byte[] random = new byte[12];
        new SecureRandom().nextBytes(random);
        this.secret = "nk" + HexFormat.of().formatHex(random);
        this.secretBytes = secret.getBytes(StandardCharsets.US_ASCII);
        this.placeholderLength = secret.length() + 1 + PageCopy.NUMBER_DIGITS;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        String key = copies == null ? null : key(request, handler);
        if (key == null) {
            return true;
        }
        String territory = WriteScope.territoryOf(request.getRequestURI());
        long current = generation.current(territory);
        PageCopy copy = forcedReload(request) ? null : copies.getIfPresent(key);
        if (copy != null && copy.generation() == current) {
            copy.writeTo(response, placeholderLength, csrf(request), unreadBadge(request));
            return false;
        }
        request.setAttribute(FormTokens.KEEPING, new Keeping(key, territory, current, secret));
        return true;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView modelAndView) {
        if (request.getAttribute(FormTokens.KEEPING) instanceof Keeping keeping) {
            keeping.handled();
        }
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception failure) {
        request.removeAttribute(FormTokens.KEEPING);
    }

    /** The page being rendered to be kept by the current request, {@code null} if none. */
    static Keeping keeping(HttpServletRequest request) {
        return request.getAttribute(FormTokens.KEEPING) instanceof Keeping keeping ? keeping : null;
    }

    /**
     * Writes a page rendered with placeholders, its tokens filled, and keeps it if its handler ended
     * normally with a 200 and nothing changed since the handler started.
     */
    void rendered(Keeping keeping, byte[] html, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        PageCopy copy = PageCopy.of(html, secretBytes, response.getContentType(), keeping.generation());
        request.removeAttribute(FormTokens.KEEPING);
        if (keeping.wasHandled() && response.getStatus() == HttpServletResponse.SC_OK
                && keeping.generation() == generation.current(keeping.territory())) {
            copies.put(keeping.key(), copy);
        }
        copy.writeTo(response, placeholderLength, csrf(request), unreadBadge(request));
    }

    /** A reload that bypasses caches (Ctrl+F5 sends {@code Cache-Control: no-cache}): rendered anew, and kept. */
    private static boolean forcedReload(HttpServletRequest request) {
        String control = request.getHeader("Cache-Control");
        String pragma = request.getHeader("Pragma");
        return control != null && control.contains("no-cache") || pragma != null && pragma.contains("no-cache");
    }

    /** Where a request's page is kept, or {@code null} when it is not one to keep. */
    private static String key(HttpServletRequest request, Object handler) {
        if (!(handler instanceof HandlerMethod method) || !method.hasMethodAnnotation(KeptPage.class)
                || !"GET".equals(request.getMethod()) || request.getDispatcherType() != DispatcherType.REQUEST
                || request.getHeader(COUNT_SQL_HEADER) != null
                || RequestContextUtils.getInputFlashMap(request) != null) {
            return null;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SignedInUser)) {
            return null;
        }
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        String query = request.getQueryString();
        return session.getId() + ' ' + RequestContextUtils.getLocale(request) + ' '
                + (request.getHeader("HX-Request") != null ? "htmx " : "page ") + request.getRequestURI()
                + (query == null ? "" : "?" + query);
    }

    /**
     * The header's unread count as it is now (any territory's event may move it), as a page shown
     * once has it: the request no longer keeps a page at this point.
     */
    private Supplier<String> unreadBadge(HttpServletRequest request) {
        return () -> pageContexts.page(request, RequestContextUtils.getLocale(request)).unreadBadge();
    }

    private static Supplier<String> csrf(HttpServletRequest request) {
        return () -> request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token ? token.getToken()
                : null;
    }
}
