package fr.nouage.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A small OpenID provider on a random loopback port that behaves like ProConnect: discovery, JWKS,
 * an authorization endpoint that approves at once, a token endpoint with {@code client_secret_post},
 * a UserInfo endpoint answering a signed JWT ({@code application/jwt}) and an end-session endpoint.
 * The ID token carries no e-mail, as ProConnect's: only UserInfo tells who the person is.
 */
public final class OidcTestProvider implements AutoCloseable {

    public static final String CLIENT_ID = "nouage-test-client";
    public static final String CLIENT_SECRET = "test-client-secret";
    private static final String KEY_ID = "test-key";

    /** How the UserInfo endpoint answers. */
    public enum UserInfoAnswer {
        /** a JWT signed with the key published in the JWKS (ProConnect) */
        SIGNED_JWT,
        /** a JWT with the published key id but signed by another key */
        JWT_SIGNED_WITH_WRONG_KEY,
        /** a correctly signed JWT about another subject than the ID token's */
        JWT_ABOUT_ANOTHER_SUBJECT,
        /** plain JSON */
        JSON
    }

    private record Identity(String subject, String email) {
    }

    private record Grant(Identity identity, String nonce, String redirectUri) {
    }

    private final HttpServer server;
    private final RSAKey key;
    private final RSAKey wrongKey;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, Grant> accessTokens = new ConcurrentHashMap<>();
    private final List<Map<String, String>> endSessionRequests = Collections.synchronizedList(new ArrayList<>());
    private volatile Identity identity = new Identity("nobody", "nobody@example.org");
    private volatile UserInfoAnswer answer = UserInfoAnswer.SIGNED_JWT;

    private OidcTestProvider(int port) throws IOException, JOSEException {
        key = new RSAKeyGenerator(2048).keyID(KEY_ID).generate();
        wrongKey = new RSAKeyGenerator(2048).keyID(KEY_ID).generate();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        route("/.well-known/openid-configuration", this::discovery);
        route("/jwks", ex -> send(ex, 200, "application/json", new JWKSet(key.toPublicJWK()).toString()));
        route("/authorize", this::authorize);
        route("/token", this::token);
        route("/userinfo", this::userInfo);
        route("/session/end", this::endSession);
        server.start();
    }

    /** Starts a provider on a free port; close it when done. */
    public static OidcTestProvider start() {
        return startOn(0);
    }

    /** Starts a provider on the given loopback port (0: any free port); close it when done. */
    public static OidcTestProvider startOn(int port) {
        try {
            return new OidcTestProvider(port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next authorizations approve this identity. */
    public void signInAs(String subject, String email) {
        identity = new Identity(subject, email);
    }

    public void answerUserInfoWith(UserInfoAnswer answer) {
        this.answer = answer;
    }

    /** Query parameters of every call to the end-session endpoint so far. */
    public List<Map<String, String>> endSessionRequests() {
        return List.copyOf(endSessionRequests);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private interface Endpoint {
        void handle(HttpExchange exchange) throws IOException, JOSEException;
    }

    private void route(String path, Endpoint endpoint) {
        server.createContext(path, ex -> {
            try {
                endpoint.handle(ex);
            } catch (JOSEException | RuntimeException e) {
                send(ex, 500, "text/plain", e.toString());
            }
        });
    }

    private void discovery(HttpExchange ex) throws IOException {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("issuer", issuer());
        doc.put("authorization_endpoint", issuer() + "/authorize");
        doc.put("token_endpoint", issuer() + "/token");
        doc.put("userinfo_endpoint", issuer() + "/userinfo");
        doc.put("jwks_uri", issuer() + "/jwks");
        doc.put("end_session_endpoint", issuer() + "/session/end");
        doc.put("response_types_supported", List.of("code"));
        doc.put("grant_types_supported", List.of("authorization_code"));
        doc.put("subject_types_supported", List.of("public"));
        doc.put("scopes_supported", List.of("openid", "email", "given_name", "usual_name"));
        doc.put("id_token_signing_alg_values_supported", List.of("RS256"));
        doc.put("userinfo_signing_alg_values_supported", List.of("RS256"));
        doc.put("token_endpoint_auth_methods_supported", List.of("client_secret_post"));
        send(ex, 200, "application/json", JSONObjectUtils.toJSONString(doc));
    }

    private void authorize(HttpExchange ex) throws IOException {
        Map<String, String> q = query(ex.getRequestURI().getRawQuery());
        if (!CLIENT_ID.equals(q.get("client_id")) || !"code".equals(q.get("response_type"))
                || q.get("redirect_uri") == null || q.get("nonce") == null || q.get("state") == null
                || !List.of(q.getOrDefault("scope", "").split(" ")).contains("openid")) {
            send(ex, 400, "text/plain", "bad authorization request");
            return;
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, new Grant(identity, q.get("nonce"), q.get("redirect_uri")));
        redirect(ex, q.get("redirect_uri") + "?code=" + encode(code) + "&state=" + encode(q.get("state")));
    }

    private void token(HttpExchange ex) throws IOException, JOSEException {
        Map<String, String> form = query(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Grant grant = codes.remove(form.getOrDefault("code", ""));
        if (!CLIENT_ID.equals(form.get("client_id")) || !CLIENT_SECRET.equals(form.get("client_secret"))) {
            send(ex, 401, "application/json", "{\"error\":\"invalid_client\"}");
            return;
        }
        if (grant == null || !"authorization_code".equals(form.get("grant_type"))
                || !grant.redirectUri().equals(form.get("redirect_uri"))) {
            send(ex, 400, "application/json", "{\"error\":\"invalid_grant\"}");
            return;
        }
        String accessToken = UUID.randomUUID().toString();
        accessTokens.put(accessToken, grant);
        Instant now = Instant.now();
        JWTClaimsSet idToken = new JWTClaimsSet.Builder().issuer(issuer()).audience(CLIENT_ID)
                .subject(grant.identity().subject()).claim("nonce", grant.nonce())
                .issueTime(java.util.Date.from(now)).expirationTime(java.util.Date.from(now.plusSeconds(60)))
                .claim("idp_id", "test-idp").claim("acr", "eidas1").build();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", accessToken);
        body.put("token_type", "Bearer");
        body.put("expires_in", 60);
        body.put("scope", "openid email given_name usual_name");
        body.put("id_token", sign(idToken, key));
        send(ex, 200, "application/json", JSONObjectUtils.toJSONString(body));
    }

    private void userInfo(HttpExchange ex) throws IOException, JOSEException {
        String authorization = ex.getRequestHeaders().getFirst("Authorization");
        Grant grant = authorization == null || !authorization.startsWith("Bearer ") ? null
                : accessTokens.get(authorization.substring("Bearer ".length()));
        if (grant == null) {
            send(ex, 401, "application/json", "{\"error\":\"invalid_token\"}");
            return;
        }
        UserInfoAnswer how = answer;
        String subject = how == UserInfoAnswer.JWT_ABOUT_ANOTHER_SUBJECT ? "someone-else" : grant.identity().subject();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", subject);
        claims.put("email", grant.identity().email());
        claims.put("given_name", "Camille");
        claims.put("usual_name", "Test");
        if (how == UserInfoAnswer.JSON) {
            send(ex, 200, "application/json", JSONObjectUtils.toJSONString(claims));
            return;
        }
        JWTClaimsSet.Builder jwt = new JWTClaimsSet.Builder().issuer(issuer()).audience(CLIENT_ID)
                .issueTime(new java.util.Date());
        claims.forEach(jwt::claim);
        send(ex, 200, "application/jwt",
                sign(jwt.build(), how == UserInfoAnswer.JWT_SIGNED_WITH_WRONG_KEY ? wrongKey : key));
    }

    private void endSession(HttpExchange ex) throws IOException {
        Map<String, String> q = query(ex.getRequestURI().getRawQuery());
        endSessionRequests.add(q);
        if (q.get("post_logout_redirect_uri") == null) {
            send(ex, 400, "text/plain", "no post_logout_redirect_uri");
            return;
        }
        redirect(ex, q.get("post_logout_redirect_uri") + "&state=" + encode(q.getOrDefault("state", "")));
    }

    private static String sign(JWTClaimsSet claims, RSAKey with) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY_ID).type(JOSEObjectType.JWT)
                .build(), claims);
        jwt.sign(new RSASSASigner(with));
        return jwt.serialize();
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            values.put(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void redirect(HttpExchange ex, String location) throws IOException {
        URI.create(location); // refuse to answer with a malformed location
        ex.getResponseHeaders().set("Location", location);
        ex.sendResponseHeaders(302, -1);
        ex.close();
    }

    private static void send(HttpExchange ex, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", contentType);
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }
}
