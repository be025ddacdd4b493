package fr.nouage.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import fr.nouage.support.ApiClient;
import fr.nouage.support.IntegrationTest;
import fr.nouage.support.PageClient;

/** A user makes a named API token on their account page, sees its last use and revokes it. */
class PersonalTokensIT extends IntegrationTest {

    @Test
    void aPersonalTokenIsShownOnceWorksUntilRevokedAndShowsItsLastUse() {
        PageClient browser = new PageClient(baseUrl()).signIn("dg-" + MORTAGNE + "@demo.nouage.fr", DEMO_PASSWORD);
        PageClient.Page empty = browser.get("/compte/jetons");
        assertThat(empty.status()).isEqualTo(200);

        PageClient.Page refused = browser.post("/compte/jetons", java.util.Map.of("name", "  "));
        assertThat(refused.text()).contains("Donnez un nom au jeton");

        PageClient.Page created = browser.post("/compte/jetons", java.util.Map.of("name", "Intranet de la CC"));
        assertThat(created.status()).isEqualTo(200);
        Matcher shown = Pattern.compile("id=\"jeton\" value=\"([^\"]+)\"").matcher(created.body());
        assertThat(shown.find()).isTrue();
        String token = shown.group(1);
        assertThat(created.text()).contains("Intranet de la CC").contains("Jamais utilisé");

        ApiClient tool = api().withToken(token);
        assertThat(tool.get("/api/v1/me/notifications").status()).isEqualTo(200);

        PageClient.Page listed = browser.get("/compte/jetons");
        assertThat(listed.body()).doesNotContain(token);
        String row = listed.text().substring(listed.text().indexOf("Intranet de la CC"));
        assertThat(row.substring(0, row.indexOf("</tr>"))).doesNotContain("Jamais utilisé");

        Matcher revoke = Pattern.compile("action=\"(/compte/jetons/\\d+/revocation)\"").matcher(listed.body());
        assertThat(revoke.find()).isTrue();
        PageClient.Page revoked = browser.post(revoke.group(1), java.util.Map.of());
        assertThat(revoked.status()).isEqualTo(302);
        assertThat(tool.get("/api/v1/me/notifications").status()).isEqualTo(401);
        assertThat(browser.get("/compte/jetons").text()).doesNotContain("Intranet de la CC");

        // another user cannot revoke someone else's token
        PageClient other = new PageClient(baseUrl()).signIn("dg-" + ACHARDS + "@demo.nouage.fr", DEMO_PASSWORD);
        other.get("/compte/jetons");
        assertThat(other.post(revoke.group(1), java.util.Map.of()).status()).isEqualTo(404);
    }
}
