package fr.nouage.account.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.util.HtmlUtils;

import fr.nouage.support.IntegrationTest;
import fr.nouage.support.WebSession;
import fr.nouage.support.WebSession.Page;

/** Nouage starts and keeps password sign-in while the OpenID provider cannot be reached. */
@TestPropertySource(properties = {
        "nouage.account.oidc.enabled=true",
        "nouage.account.oidc.client-id=nouage",
        "nouage.account.oidc.client-secret=secret"})
class OidcProviderDownIT extends IntegrationTest {

    @DynamicPropertySource
    static void unreachableProvider(DynamicPropertyRegistry registry) {
        registry.add("nouage.account.oidc.issuer-uri", () -> "http://127.0.0.1:" + closedPort());
    }

    @Test
    void theProviderButtonLeadsBackToTheLoginPageWithAMessage() {
        WebSession browser = new WebSession();

        Page page = browser.get(baseUrl() + "/oauth2/authorization/oidc");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.uri().getPath()).isEqualTo("/login");
        assertThat(page.uri().getQuery()).isEqualTo("oidc");
        assertThat(HtmlUtils.htmlUnescape(page.body())).contains("La connexion par le fournisseur d'identité a échoué");
    }

    @Test
    void passwordSignInStillWorks() {
        WebSession browser = new WebSession();
        Page login = browser.get(baseUrl() + "/login");

        browser.post(baseUrl() + "/login", Map.of("_csrf", login.csrfToken(), "email", "dg-" + MORTAGNE + "@demo.nouage.fr",
                "password", DEMO_PASSWORD));

        assertThat(browser.get(baseUrl() + "/territoires/" + MORTAGNE).status()).isEqualTo(200);
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
