package fr.nouage.support;

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
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without JavaScript for tests of pages: keeps the session cookie, does not follow
 * redirects, and signs in through the sign-in form with the CSRF token of the page.
 */
public class AuthPageClient {

    private static final Pattern CSRF = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]+)\">");

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    public AuthPageClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** A response: its status, where it redirects (or {@code ""}) and its body. */
    public record Page(int status, String location, String body) {

        /** The path (and query) a redirect leads to, without the scheme and host. */
        public String redirectPath() {
            return location.isEmpty() ? "" : URI.create(location).getRawPath()
                    + (URI.create(location).getRawQuery() == null ? "" : "?" + URI.create(location).getRawQuery());
        }
    }

    /** Submits the sign-in form; returns the response of the form (a redirect either way). */
    public Page signIn(String email, String password) {
        return postForm("/login", Map.of("email", email, "password", password));
    }

    /** Signs in and fails if the sign-in is refused. */
    public AuthPageClient signedIn(String email, String password) {
        Page page = signIn(email, password);
        if (page.status() != 302 || page.redirectPath().startsWith("/login")) {
            throw new IllegalStateException("sign-in refused for " + email + ": " + page);
        }
        return this;
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "text/html").GET().build());
    }

    /** Posts a form the way a browser does: with the CSRF token of the page it comes from. */
    public Page postForm(String formPath, Map<String, String> fields) {
        Page form = get(formPath);
        Matcher token = CSRF.matcher(form.body());
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token in " + formPath + ": " + form);
        }
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.put(token.group(1), token.group(2));
        return post(formPath, withToken);
    }

    /** Posts a form as it is, without adding any token. */
    public Page post(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private Page send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.headers().firstValue("Location").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
