package fr.nouage.platform.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

import fr.nouage.platform.PlatformProperties;

/**
 * Decides on a multipart body from its headers, before anything reads it (Spring Security's CSRF
 * check reads the parameters, which makes Tomcat write every file of the body to its temporary
 * folder): a multipart body is accepted only on a route whose handler takes a file, only from a
 * signed-in session, and only with a declared length under that route's limit (the territory
 * archive's for its import, the ordinary upload limit otherwise). Anything else is refused at once
 * (415, 403, 411 or 413) and Tomcat discards the body without storing it
 * ({@code server.tomcat.max-swallow-size}, then the connection is closed), so that a visitor who is
 * not signed in cannot make the server write a file.
 *
 * <p>Runs once the web session can be read (just after Spring Session's filter), before any filter
 * that reads parameters and before Spring Security.
 */
@Component
@Order(RequestBodyGate.ORDER)
class RequestBodyGate extends OncePerRequestFilter {

    static final int ORDER = SessionRepositoryFilter.DEFAULT_ORDER + 1;

    /** Largest refused body of a signed-in person read to the end (and thrown away) before answering. */
    private static final long DRAIN_MAX = 512L * 1024 * 1024;
    /** Slack for the multipart boundaries and the form fields around the files. */
    private static final long FORM_OVERHEAD = 1024 * 1024;

    private final ObjectProvider<RequestMappingHandlerMapping> mappings;
    private final PlatformProperties properties;
    /** The largest territory archive (the archive module's {@code nouage.archive.max-size}). */
    private final org.springframework.util.unit.DataSize archiveMaxSize;
    private final MessageSource messages;
    private volatile List<Upload> uploads;

    RequestBodyGate(@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings,
            PlatformProperties properties,
            @org.springframework.beans.factory.annotation.Value("${nouage.archive.max-size:256MB}") org.springframework.util.unit.DataSize archiveMaxSize,
            MessageSource messages) {
        this.messages = messages;
        this.mappings = mappings;
        this.properties = properties;
        this.archiveMaxSize = archiveMaxSize;
    }

    /** A route that takes files, and the largest body it accepts. */
    record Upload(RequestMethod method, PathPattern pattern, long maxBytes) {
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Upload upload = uploadRoute(request);
        if (upload == null) {
            refuse(request, response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
            return;
        }
        if (!signedIn(request)) {
            refuse(request, response, HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        long length = request.getContentLengthLong();
        if (length < 0) {
            refuse(request, response, HttpServletResponse.SC_LENGTH_REQUIRED);
            return;
        }
        if (length > upload.maxBytes()) {
            // a signed-in person whose file is too large sees the French page rather than a cut
            // connection: the body is read and thrown away, never stored
            if (length <= DRAIN_MAX) {
                request.getInputStream().transferTo(OutputStream.nullOutputStream());
            }
            refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Answers the refusal itself, without Spring's error dispatch (whose multipart handling would read
     * the body): the short French page, or a problem document for the API.
     */
    private void refuse(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
        response.setStatus(status);
        response.setHeader("Connection", "close");
        response.setCharacterEncoding("UTF-8");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"status\":" + status + ",\"title\":\""
                    + org.springframework.http.HttpStatus.valueOf(status).getReasonPhrase() + "\"}");
        } else {
            response.setContentType("text/html");
            response.getWriter().write(RefusedRequestPages.page(messages, status));
        }
        response.flushBuffer();
    }

    private Upload uploadRoute(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        PathContainer container = PathContainer.parsePath(path);
        for (Upload upload : uploads()) {
            if (upload.method().name().equals(request.getMethod()) && upload.pattern().matches(container)) {
                return upload;
            }
        }
        return null;
    }

    /** Whether the request's web session holds a signed-in user, or an API call carries a bearer token. */
    private static boolean signedIn(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/") && bearer(request)) {
            // an API call with a token: the token filter answers 401 to a wrong one before any part is read
            return true;
        }
        if (request.getRequestedSessionId() == null) {
            return false;
        }
        HttpSession session = request.getSession(false);
        Object context = session == null ? null
                : session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return context instanceof SecurityContext security
                && new AuthenticationTrustResolverImpl().isAuthenticated(security.getAuthentication());
    }

    private static boolean bearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) && header.length() > 7;
    }

    /** The routes whose handler takes a file, read once from Spring MVC's own mappings. */
    private List<Upload> uploads() {
        List<Upload> found = uploads;
        if (found == null) {
            found = new ArrayList<>();
            long ordinary = properties.uploadMaxRequestSize().toBytes() + FORM_OVERHEAD;
            long archive = archiveMaxSize.toBytes() + FORM_OVERHEAD;
            for (var entry : mappings.getObject().getHandlerMethods().entrySet()) {
                if (!takesFile(entry.getValue().getMethodParameters())) {
                    continue;
                }
                RequestMappingInfo info = entry.getKey();
                for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
                    long max = pattern.getPatternString().equals(UploadLimits.ARCHIVE_IMPORT) ? archive : ordinary;
                    for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                        found.add(new Upload(method, pattern, max));
                    }
                }
            }
            found = List.copyOf(found);
            uploads = found;
        }
        return found;
    }

    private static boolean takesFile(MethodParameter[] parameters) {
        for (MethodParameter parameter : parameters) {
            ResolvableType type = ResolvableType.forMethodParameter(parameter);
            Class<?> raw = type.resolve(Object.class);
            if (MultipartFile.class.isAssignableFrom(raw) || parameter.hasParameterAnnotation(RequestPart.class)
                    || (Collection.class.isAssignableFrom(raw)
                            && MultipartFile.class.isAssignableFrom(type.asCollection().resolveGeneric(0) == null
                                    ? Object.class : type.asCollection().resolveGeneric(0)))) {
                return true;
            }
        }
        return false;
    }
}
