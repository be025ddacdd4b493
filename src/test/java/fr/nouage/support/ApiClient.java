package fr.nouage.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** A small client of Nouage's REST API for tests, holding the bearer token once signed in. */
public class ApiClient {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;
    private final HttpClient http = HttpClient.newHttpClient();
    private String token;

    public ApiClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** A response: its status, its body as text and as JSON. */
    public record Response(int status, String body, String contentType, java.net.http.HttpHeaders headers) {

        public Response(int status, String body, String contentType) {
            this(status, body, contentType, java.net.http.HttpHeaders.of(Map.of(), (a, b) -> true));
        }

        public JsonNode json() {
            return JSON.readTree(body);
        }

        /** The first value of a response header, {@code null} when absent. */
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    /** Signs in with e-mail and password and keeps the token; fails if refused. */
    public ApiClient signIn(String email, String password) {
        Response response = post("/api/v1/auth/token", Map.of("email", email, "password", password));
        if (response.status() != 200) {
            throw new IllegalStateException("sign-in refused for " + email + ": " + response.body());
        }
        token = response.json().get("token").asString();
        return this;
    }

    public ApiClient withToken(String token) {
        this.token = token;
        return this;
    }

    public Response get(String path) {
        return send(builder(path).GET().build());
    }

    public Response post(String path, Object body) {
        return send(builder(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
    }

    public Response put(String path, Object body) {
        return send(builder(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
    }

    /**
     * A request with extra headers ({@code If-Match}, {@code Idempotency-Key}…); {@code body} is sent
     * as JSON unless {@code null}.
     */
    public Response send(String method, String path, Object body, Map<String, String> headers) {
        HttpRequest.Builder builder = builder(path);
        headers.forEach(builder::header);
        if (body == null) {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        return send(builder.build());
    }

    public Response postRaw(String path, String contentType, String body) {
        return send(builder(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Posts a body of raw bytes (e.g. JSON that is not valid UTF-8). */
    public Response postBytes(String path, String contentType, byte[] body) {
        return send(builder(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "application/json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
