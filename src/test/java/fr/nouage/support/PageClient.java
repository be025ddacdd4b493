package fr.nouage.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without JavaScript for tests of the web pages: keeps the session cookie, signs in
 * through the sign-in form and sends the CSRF token of the last page it read with every form.
 * Redirects are not followed, so that a test sees them; {@link #follow} does.
 */
public class PageClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private String csrf;

    public PageClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** A response as a browser sees it. */
    public record Page(int status, String body, String location) {

        /** The body with the HTML escapes of text undone, to compare with what a reader sees. */
        public String text() {
            return body.replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&amp;", "&");
        }

        /** The value of the first form field of that name, {@code null} if absent. */
        public String field(String name) {
            Matcher m = Pattern.compile("name=\"" + Pattern.quote(name) + "\"[^>]*value=\"([^\"]*)\"").matcher(body);
            return m.find() ? m.group(1) : null;
        }

        /** The value of the selected option of a select, {@code null} if none is selected. */
        public String selected(String selectName) {
            int start = body.indexOf("name=\"" + selectName + "\"");
            if (start < 0) {
                return null;
            }
            int end = body.indexOf("</select>", start);
            Matcher m = Pattern.compile("<option value=\"([^\"]*)\" selected").matcher(body.substring(start, end));
            return m.find() ? m.group(1) : null;
        }
    }

    /** Signs in through the sign-in form; fails if refused. */
    public PageClient signIn(String email, String password) {
        get("/login");
        Page result = post("/login", Map.of("email", email, "password", password));
        if (result.status() != 302 || result.location() == null || result.location().contains("/login")) {
            throw new IllegalStateException("sign-in refused for " + email + ": " + result.status() + " " + result.location());
        }
        get("/"); // the session changed at sign-in: read a page to get its CSRF token
        return this;
    }

    public Page get(String path) {
        return send(request(path).GET().build());
    }

    /** A GET with extra headers. */
    public Page get(String path, Map<String, String> headers) {
        HttpRequest.Builder builder = request(path);
        headers.forEach(builder::header);
        return send(builder.GET().build());
    }

    /** A GET as HTMX sends it (with the {@code HX-Request} header). */
    public Page getHtmx(String path) {
        return send(request(path).header("HX-Request", "true").GET().build());
    }

    /** Follows a redirect. */
    public Page follow(Page redirect) {
        if (redirect.location() == null) {
            throw new IllegalStateException("not a redirect: " + redirect.status());
        }
        return get(URI.create(baseUrl).resolve(redirect.location()).toString().substring(baseUrl.length()));
    }

    /** Submits a form with the CSRF token of the last page read. */
    public Page post(String path, Map<String, String> fields) {
        return send(formRequest(path, fields).build());
    }

    /**
     * Submits a form body already URL-encoded as it is (e.g. with bytes that are not UTF-8), with the
     * CSRF token of the last page read.
     */
    public Page postEncoded(String path, String encodedFields) {
        String body = encodedFields + (csrf == null ? "" : "&_csrf=" + enc(csrf));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Submits a form as HTMX does. */
    public Page postHtmx(String path, Map<String, String> fields) {
        return send(formRequest(path, fields).header("HX-Request", "true").build());
    }

    /** A file of a multipart form. */
    public interface FilePart {
        String fileName();

        String contentType();

        byte[] content();
    }

    /** Submits a multipart form of files only, one per field. */
    public Page postFiles(String path, Map<String, ? extends FilePart> files) {
        String boundary = "----nouage" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            if (csrf != null) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf
                        + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            for (var f : files.entrySet()) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey()
                        + "\"; filename=\"" + f.getValue().fileName() + "\"\r\nContent-Type: "
                        + f.getValue().contentType() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                body.write(f.getValue().content());
                body.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /** Submits a multipart form with one file. */
    public Page postFile(String path, Map<String, String> fields, String fileField, String fileName,
            String contentType, byte[] content) {
        String boundary = "----nouage" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrf != null) {
            all.put("_csrf", csrf);
        }
        try {
            for (var e : all.entrySet()) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + e.getKey() + "\"\r\n\r\n"
                        + e.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                    + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(content);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    private HttpRequest.Builder formRequest(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrf != null) {
            all.put("_csrf", csrf);
        }
        String encoded = all.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "text/html");
    }

    private Page send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            Matcher m = CSRF.matcher(response.body());
            if (m.find()) {
                csrf = m.group(1);
            }
            return new Page(response.statusCode(), response.body(),
                    response.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every value of a repeated pattern's first group in a page, in order. */
    public static List<String> all(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
