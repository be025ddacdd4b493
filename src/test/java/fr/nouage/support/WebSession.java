package fr.nouage.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's browser without a browser: keeps cookies and follows redirects one by one (across
 * hosts, e.g. to an identity provider and back), recording each address it went through.
 */
public class WebSession {

    private static final int MAX_REDIRECTS = 10;
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).build();

    /**
     * The page reached at the end of the redirects.
     *
     * @param visited every address requested, the first one included and {@code uri} last
     */
    public record Page(int status, URI uri, String body, HttpHeaders headers, List<URI> visited) {

        /** The CSRF token of the page's forms. */
        public String csrfToken() {
            Matcher m = CSRF.matcher(body);
            if (!m.find()) {
                throw new IllegalStateException("no CSRF token on " + uri);
            }
            return m.group(1);
        }
    }

    public Page get(String url) {
        return follow(HttpRequest.newBuilder(URI.create(url)).GET().build());
    }

    /** Posts a form (URL-encoded) and follows the redirects that answer it. */
    public Page post(String url, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return follow(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private Page follow(HttpRequest first) {
        List<URI> visited = new ArrayList<>();
        HttpRequest request = first;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            visited.add(request.uri());
            HttpResponse<String> response = send(request);
            int status = response.statusCode();
            var location = response.headers().firstValue("Location");
            if (status < 300 || status > 399 || location.isEmpty()) {
                return new Page(status, request.uri(), response.body(), response.headers(), List.copyOf(visited));
            }
            request = HttpRequest.newBuilder(request.uri().resolve(location.get())).GET().build();
        }
        throw new IllegalStateException("too many redirects: " + visited);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A file downloaded as bytes, without following redirects. */
    public record Download(int status, HttpHeaders headers, byte[] body) {
    }

    /** Downloads a file (PDF, ODT…) as bytes. */
    public Download download(String url) {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Posts a form with one file (multipart/form-data) and follows the redirects that answer it. */
    public Page postMultipart(String url, Map<String, String> form, String fileField, String fileName,
            String contentType, byte[] content) {
        String boundary = "----nouage" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        java.util.function.Consumer<String> write = text -> body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        form.forEach((name, value) -> write.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n"));
        write.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
        body.writeBytes(content);
        write.accept("\r\n--" + boundary + "--\r\n");
        return follow(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }
}
