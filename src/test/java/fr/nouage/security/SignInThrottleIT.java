package fr.nouage.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.nouage.account.Account;
import fr.nouage.account.Accounts;
import fr.nouage.account.Role;
import fr.nouage.account.RoleAssignment;
import fr.nouage.support.ApiClient;
import fr.nouage.support.IntegrationTest;

/**
 * Someone who knows a person's address cannot keep them out: five wrong passwords sent from five
 * addresses (through a trusted proxy, which names the client in {@code X-Forwarded-For}) delay the
 * account by the documented 4 seconds, after which its owner signs in from a sixth address; the
 * owner's browser that signed in before is not delayed at all; the form says how long to wait and
 * how else to get in; the API answers 429 with {@code Retry-After}.
 */
class SignInThrottleIT extends IntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    /** The delay after five failures in a row, as docs/security.md states it. */
    private static final Duration DOCUMENTED_DELAY = Duration.ofSeconds(4);

    @Autowired
    Accounts accounts;

    private String someone() {
        String email = "owner-" + UUID.randomUUID() + "@test.nouage.fr";
        Account account = accounts.create(email, "Titulaire du compte", DEMO_PASSWORD);
        accounts.assign(account.id(), RoleAssignment.inTerritory(Role.ELECTED, MORTAGNE));
        return email;
    }

    /** A browser behind the proxy, at one address. */
    private final class Browser {
        private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).build();
        private final String address;

        Browser(String address) {
            this.address = address;
        }

        /** Submits the sign-in form; where it sends the browser. */
        String signIn(String email, String password) throws Exception {
            Matcher csrf = CSRF.matcher(send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login"))).body());
            assertThat(csrf.find()).isTrue();
            String form = "email=" + enc(email) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
            HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
            assertThat(answer.statusCode()).isEqualTo(302);
            return URI.create(answer.headers().firstValue("Location").orElseThrow()).getRawPath()
                    + (URI.create(answer.headers().firstValue("Location").orElseThrow()).getRawQuery() == null ? ""
                            : "?" + URI.create(answer.headers().firstValue("Location").orElseThrow()).getRawQuery());
        }

        String page(String path) throws Exception {
            return send(HttpRequest.newBuilder(URI.create(baseUrl() + path))).body();
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            return http.send(request.header("X-Forwarded-For", address).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Five wrong passwords, one from each of five addresses, each sent as soon as the throttle lets it. */
    private void fiveWrongPasswords(String email) throws Exception {
        for (int i = 1; i <= 5; i++) {
            Browser attacker = new Browser("198.51.100." + (10 + i));
            String answer = attacker.signIn(email, "mauvais mot de passe " + i);
            while (answer.startsWith("/login?bloque=")) {
                Thread.sleep(Long.parseLong(answer.substring("/login?bloque=".length())) * 1000);
                answer = attacker.signIn(email, "mauvais mot de passe " + i);
            }
            assertThat(answer).as("wrong password " + i).isEqualTo("/login?erreur");
        }
    }

    @Test
    void fiveWrongPasswordsFromFiveAddressesDoNotKeepTheOwnerOutAfterTheDocumentedDelay() throws Exception {
        String email = someone();
        fiveWrongPasswords(email);

        Browser owner = new Browser("203.0.113.7");
        String delayed = owner.signIn(email, DEMO_PASSWORD);
        assertThat(delayed).as("at once, the owner is asked to wait").isEqualTo("/login?bloque=4");
        assertThat(owner.page(delayed)).contains("réessayez dans 4 secondes",
                "Depuis un navigateur où vous vous êtes déjà connecté");

        Thread.sleep(DOCUMENTED_DELAY.toMillis());
        assertThat(owner.signIn(email, DEMO_PASSWORD)).as("after the documented delay").isEqualTo("/");
    }

    @Test
    void theOwnersBrowserThatSignedInBeforeIsNotDelayed() throws Exception {
        String email = someone();
        Browser owner = new Browser("203.0.113.8");
        assertThat(owner.signIn(email, DEMO_PASSWORD)).isEqualTo("/");

        fiveWrongPasswords(email);

        assertThat(new Browser("203.0.113.8").signIn(email, DEMO_PASSWORD)).as("another browser at the same address")
                .startsWith("/login?bloque=");
        assertThat(owner.signIn(email, DEMO_PASSWORD)).as("the browser known for the account, at once").isEqualTo("/");
    }

    @Test
    void theApiSaysHowLongToWait() throws Exception {
        String email = someone();
        fiveWrongPasswords(email);
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/auth/token"))
                .header("Content-Type", "application/json").header("X-Forwarded-For", "203.0.113.9")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email + "\",\"password\":\"" + DEMO_PASSWORD
                        + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 4));
        Thread.sleep(DOCUMENTED_DELAY.toMillis());
        assertThat(new ApiClient(baseUrl()).post("/api/v1/auth/token", Map.of("email", email, "password", DEMO_PASSWORD))
                .status()).isEqualTo(200);
    }
}
