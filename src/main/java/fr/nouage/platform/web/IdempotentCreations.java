package fr.nouage.platform.web;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import fr.nouage.platform.ApiErrors;

/**
 * Honours the {@code Idempotency-Key} header on every {@code POST} of the API (the IETF draft
 * "The Idempotency-Key HTTP Header Field"): the first request with a key runs and, when it succeeds,
 * its status, {@code Location} and body are stored for its caller; the same key sent again by the
 * same caller with the same request is answered with that stored response (and
 * {@code Idempotent-Replayed: true}) without running again. The same key with another request is
 * refused with 422, and while the first one still runs with 409. A failed request stores nothing:
 * it may be sent again with its key. Keys are kept {@value #KEPT_HOURS} hours.
 *
 * <p>A JSON body up to {@value #MAX_BODY} bytes takes part; a multipart upload passes through (an
 * agenda document is stored once per content anyway).
 */
@Component
class IdempotentCreations extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final int KEPT_HOURS = 24;
    static final int MAX_BODY = 1024 * 1024;
    private static final int MAX_KEY = 200;
    private static final int MAX_STORED = 100_000;

    private final JdbcClient jdbc;
    private final ApiErrors errors;
    private final Clock clock;

    IdempotentCreations(JdbcClient jdbc, ApiErrors errors, Clock clock) {
        this.jdbc = jdbc;
        this.errors = errors;
        this.clock = clock;
    }

    private record Stored(String requestHash, Integer status, String location, String contentType, String body) {
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
                || !request.getRequestURI().startsWith(request.getContextPath() + "/api/v1/")
                || request.getUserPrincipal() == null
                || (type != null && type.toLowerCase().startsWith("multipart/"))
                || request.getContentLengthLong() > MAX_BODY;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER).strip();
        if (key.isEmpty() || key.length() > MAX_KEY) {
            errors.write(response, 400, "bad_request", "api.error.badRequest");
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            errors.write(response, 413, "payload_too_large", "api.error.413");
            return;
        }
        String caller = request.getUserPrincipal().getName();
        String hash = hash(request, body);
        Optional<Stored> previous = claim(caller, key, hash);
        if (previous.isPresent()) {
            answer(previous.get(), hash, response);
            return;
        }
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        boolean stored = false;
        try {
            chain.doFilter(new CachedBody(request, body), wrapper);
            int status = wrapper.getStatus();
            if (status >= 200 && status < 300) {
                String text = new String(wrapper.getContentAsByteArray(), StandardCharsets.UTF_8);
                jdbc.sql("update api_idempotency_key set status = ?, location = ?, content_type = ?, body = ? "
                        + "where caller = ? and idem_key = ?")
                        .params(status, wrapper.getHeader("Location"), wrapper.getContentType(),
                                text.length() > MAX_STORED ? null : text, caller, key)
                        .update();
                stored = true;
            }
        } finally {
            if (!stored) {
                jdbc.sql("delete from api_idempotency_key where caller = ? and idem_key = ?").params(caller, key)
                        .update();
            }
            wrapper.copyBodyToResponse();
        }
    }

    /** Takes the key for this request, or gives what an earlier request with it left. */
    private Optional<Stored> claim(String caller, String key, String hash) {
        jdbc.sql("delete from api_idempotency_key where created_at < ?")
                .param(Timestamp.from(clock.instant().minus(Duration.ofHours(KEPT_HOURS)))).update();
        try {
            jdbc.sql("insert into api_idempotency_key (caller, idem_key, request_hash, created_at) values (?, ?, ?, ?)")
                    .params(caller, key, hash, Timestamp.from(clock.instant())).update();
            return Optional.empty();
        } catch (DuplicateKeyException e) {
            return jdbc.sql("select request_hash, status, location, content_type, body from api_idempotency_key "
                    + "where caller = ? and idem_key = ?").params(caller, key)
                    .query((rs, n) -> new Stored(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3),
                            rs.getString(4), rs.getString(5)))
                    .optional()
                    // the first request failed and let its key go meanwhile: a new request with it
                    .or(() -> Optional.of(new Stored(hash, null, null, null, null)));
        }
    }

    private void answer(Stored stored, String hash, HttpServletResponse response) throws IOException {
        if (!stored.requestHash().equals(hash)) {
            errors.write(response, 422, "idempotency_key_reused", "api.error.idempotencyReused");
        } else if (stored.status() == null) {
            errors.write(response, 409, "idempotency_pending", "api.error.idempotencyPending");
        } else {
            response.setStatus(stored.status());
            response.setHeader("Idempotent-Replayed", "true");
            if (stored.location() != null) {
                response.setHeader("Location", stored.location());
            }
            if (stored.body() != null) {
                if (stored.contentType() != null) {
                    response.setContentType(stored.contentType());
                }
                byte[] bytes = stored.body().getBytes(StandardCharsets.UTF_8);
                response.setContentLength(bytes.length);
                response.getOutputStream().write(bytes);
            }
        }
    }

    /** What makes two requests the same: the path, its query and the body. */
    private static String hash(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((request.getRequestURI() + "?" + request.getQueryString() + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(body);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The request with its body already read, read again by the controller. */
    private static final class CachedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(), java.nio.charset.Charset.forName(encoding)));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
