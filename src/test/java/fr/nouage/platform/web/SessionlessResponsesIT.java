package fr.nouage.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import fr.nouage.support.IntegrationTest;
import fr.nouage.support.WebClient;
import fr.nouage.support.WebClient.Page;

/**
 * A response that shows no form opens no web session: each session is a database row written at
 * every request, so a feed, the API description or a health check must not create one.
 */
class SessionlessResponsesIT extends IntegrationTest {

    @Test
    void responsesWithoutFormSetNoSessionCookie() {
        for (String path : new String[] {"/v3/api-docs", "/actuator/health", "/css/nouage.css"}) {
            Page page = new WebClient(baseUrl()).get(path, "Accept", "application/json");
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.headers().allValues("Set-Cookie")).as(path).noneMatch(c -> c.startsWith("SESSION="));
        }
    }

    @Test
    void theSignInFormOpensOneForItsToken() {
        Page page = new WebClient(baseUrl()).get("/login");
        assertThat(page.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("SESSION="));
    }
}
