package fr.nouage.support;

import java.io.ByteArrayOutputStream;
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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without JavaScript for tests of pages and uploads: keeps the session cookie, does not
 * follow redirects, and posts forms (URL-encoded or multipart) with the CSRF token of a page.
 */
public class WebClient {

    private static final Pattern CSRF = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]+)\">");

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    public WebClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** A response: status, headers and body (as bytes and as text). */
    public record Page(int status, HttpHeaders headers, byte[] bytes) {

        public String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse("");
        }

        /** The path a redirect leads to, without scheme and host. */
        public String location() {
            String location = header("Location");
            return location.isEmpty() ? "" : URI.create(location).getRawPath();
        }
    }

    /** Signs in through the sign-in form; fails when refused. */
    public WebClient signIn(String email, String password) {
        Page page = postForm("/login", "/login", Map.of("email", email, "password", password));
        if (page.status() != 302 || page.location().startsWith("/login")) {
            throw new IllegalStateException("sign-in refused for " + email + ": " + page.status());
        }
        return this;
    }

    public Page get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "text/html");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.GET().build());
    }

    /** The CSRF field (name and value) of the form on a page. */
    public Map.Entry<String, String> csrf(String pagePath) {
        Page page = get(pagePath);
        Matcher token = CSRF.matcher(page.body());
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token in " + pagePath + " (" + page.status() + ")");
        }
        return Map.entry(token.group(1), token.group(2));
    }

    /** Posts a URL-encoded form with the CSRF token of the page it comes from. */
    public Page postForm(String pagePath, String action, Map<String, String> fields) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        var token = csrf(pagePath);
        withToken.put(token.getKey(), token.getValue());
        String body = withToken.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + action))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Uploads one file as a multipart form, with the CSRF token of the page it comes from. */
    public Page upload(String pagePath, String action, String field, String fileName, byte[] content,
            String... headers) {
        var token = csrf(pagePath);
        String boundary = "----nouage" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + token.getKey() + "\"\r\n\r\n"
                + token.getValue() + "\r\n");
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.writeBytes(content);
        write(body, "\r\n--" + boundary + "--\r\n");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + action))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", "text/html");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    private Page send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Page(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
