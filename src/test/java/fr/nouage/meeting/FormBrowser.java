package fr.nouage.meeting;

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
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A signed-in person's browser without a browser: keeps the session cookie, sends forms with the
 * CSRF token of the last page seen, follows redirects.
 */
class FormBrowser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).build();
    private String csrf;

    FormBrowser(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** A page reached: its status (the first one when redirected), its address and body. */
    record Page(int status, String path, String body, String contentType) {

        /** The first group of {@code regex} in the body. */
        String find(String regex) {
            Matcher m = Pattern.compile(regex).matcher(body);
            if (!m.find()) {
                throw new AssertionError("no match for " + regex + " in " + path + ":\n" + body);
            }
            return m.group(1);
        }
    }

    /** Signs in through the login form; fails if refused. */
    FormBrowser signIn(String email, String password) {
        get("/login");
        Page home = post("/login", Map.of("email", email, "password", password));
        if (home.path().startsWith("/login")) {
            throw new IllegalStateException("sign-in refused for " + email);
        }
        return this;
    }

    Page get(String path) {
        return follow(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build(), null);
    }

    /** Gets a page as HTMX does (header {@code HX-Request}). */
    Page getHtmx(String path) {
        return follow(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("HX-Request", "true").GET().build(), null);
    }

    /** A file downloaded: status, type and bytes, redirects not followed. */
    record Download(int status, String contentType, byte[] body) {
    }

    Download download(String path) {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Posts a form as a browser without JavaScript does. */
    Page post(String path, Map<String, String> form) {
        return follow(form(path, form).build(), null);
    }

    /** Posts a form as HTMX does (header {@code HX-Request}); HTMX does not follow redirects for us here. */
    Page postHtmx(String path, Map<String, String> form) {
        return follow(form(path, form).header("HX-Request", "true").build(), null);
    }

    private HttpRequest.Builder form(String path, Map<String, String> form) {
        if (csrf == null) {
            get("/");
        }
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&", "_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8) + "&", ""));
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private Page follow(HttpRequest request, Integer firstStatus) {
        HttpResponse<String> response = send(request);
        int status = response.statusCode();
        var location = response.headers().firstValue("Location");
        if (status >= 300 && status < 400 && location.isPresent()) {
            URI next = request.uri().resolve(location.get());
            return follow(HttpRequest.newBuilder(next).GET().build(), firstStatus == null ? status : firstStatus);
        }
        Matcher token = CSRF.matcher(response.body());
        if (token.find()) {
            csrf = token.group(1);
        }
        String path = request.uri().getRawPath() + (request.uri().getRawQuery() == null ? "" : "?" + request.uri().getRawQuery());
        return new Page(firstStatus == null ? status : firstStatus, path, response.body(),
                response.headers().firstValue("Content-Type").orElse(""));
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
}
