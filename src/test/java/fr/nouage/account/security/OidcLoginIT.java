package fr.nouage.account.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.util.HtmlUtils;

import fr.nouage.account.Account;
import fr.nouage.account.Accounts;
import fr.nouage.support.IntegrationTest;
import fr.nouage.support.OidcTestProvider;
import fr.nouage.support.OidcTestProvider.UserInfoAnswer;
import fr.nouage.support.WebSession;
import fr.nouage.support.WebSession.Page;
import fr.nouage.territory.Territories;

/** Sign-in through an OpenID provider answering like ProConnect, started by the test. */
@TestPropertySource(properties = {
        "nouage.account.oidc.enabled=true",
        "nouage.account.oidc.client-id=" + OidcTestProvider.CLIENT_ID,
        "nouage.account.oidc.client-secret=" + OidcTestProvider.CLIENT_SECRET,
        "nouage.account.oidc.label=ProConnect"})
class OidcLoginIT extends IntegrationTest {

    private static final OidcTestProvider PROVIDER = OidcTestProvider.start();
    private static final String DIRECTOR = "dg-" + MORTAGNE + "@demo.nouage.fr";
    private static final String REFUSED = "aucun compte Nouage ne correspond à cette identité";

    @Autowired
    Accounts accounts;

    @Autowired
    Territories territories;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("nouage.account.oidc.issuer-uri", PROVIDER::issuer);
    }

    @AfterEach
    void signedJwtAgain() {
        PROVIDER.answerUserInfoWith(UserInfoAnswer.SIGNED_JWT);
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.close();
    }

    @Test
    void aDirectorSignsInThroughTheProviderAndReachesOnlyTheirTerritory() {
        PROVIDER.signInAs("sub-director-mortagne", DIRECTOR);
        WebSession browser = new WebSession();

        Page login = browser.get(baseUrl() + "/territoires/" + MORTAGNE);
        assertThat(login.uri().getPath()).isEqualTo("/login");
        assertThat(login.body()).contains("href=\"/oauth2/authorization/oidc\"").contains("Se connecter avec ProConnect");

        Page territory = browser.get(baseUrl() + "/oauth2/authorization/oidc");
        assertThat(territory.visited()).anyMatch(uri -> uri.toString().startsWith(PROVIDER.issuer() + "/authorize"));
        assertThat(territory.status()).isEqualTo(200);
        assertThat(territory.uri().getPath()).isEqualTo("/territoires/" + MORTAGNE);
        String text = HtmlUtils.htmlUnescape(territory.body());
        assertThat(text).contains("<title>" + territories.find(MORTAGNE).orElseThrow().name());
        String name = accounts.findByEmail(DIRECTOR).map(Account::displayName).orElseThrow();
        assertThat(text).as("the header names the signed-in person").contains(">" + name + "</a>");

        assertThat(browser.get(baseUrl() + "/territoires/" + ACHARDS).status()).isEqualTo(403);
    }

    @Test
    void aPlainJsonUserInfoIsAcceptedToo() {
        PROVIDER.signInAs("sub-director-json", DIRECTOR);
        PROVIDER.answerUserInfoWith(UserInfoAnswer.JSON);
        WebSession browser = new WebSession();

        Page home = browser.get(baseUrl() + "/oauth2/authorization/oidc");

        assertThat(home.uri().getPath()).isEqualTo("/");
        assertThat(browser.get(baseUrl() + "/territoires/" + MORTAGNE).status()).isEqualTo(200);
    }

    @Test
    void anIdentityWithoutAccountIsSentBackToTheLoginPage() {
        PROVIDER.signInAs("sub-stranger", "personne@exemple.fr");

        assertRefused(new WebSession());
    }

    @Test
    void anIdentityWhoseAccountIsDisabledIsRefused() {
        Account account = accounts.create("desactive-oidc@test.nouage.fr", "Compte désactivé", null);
        accounts.setEnabled(account.id(), false);
        PROVIDER.signInAs("sub-disabled", account.email());

        assertRefused(new WebSession());
    }

    @Test
    void aUserInfoSignedWithAnotherKeyIsRefused() {
        PROVIDER.signInAs("sub-forged", DIRECTOR);
        PROVIDER.answerUserInfoWith(UserInfoAnswer.JWT_SIGNED_WITH_WRONG_KEY);

        assertRefused(new WebSession());
    }

    @Test
    void aUserInfoAboutAnotherSubjectIsRefused() {
        PROVIDER.signInAs("sub-mixed-up", DIRECTOR);
        PROVIDER.answerUserInfoWith(UserInfoAnswer.JWT_ABOUT_ANOTHER_SUBJECT);

        assertRefused(new WebSession());
    }

    @Test
    void signingOutAlsoEndsTheSessionAtTheProvider() {
        PROVIDER.signInAs("sub-leaving", DIRECTOR);
        WebSession browser = new WebSession();
        Page home = browser.get(baseUrl() + "/oauth2/authorization/oidc");
        assertThat(home.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("form-action 'self' " + PROVIDER.issuer());

        Page signedOut = browser.post(baseUrl() + "/logout", Map.of("_csrf", home.csrfToken()));

        assertThat(signedOut.visited()).anyMatch(uri -> uri.toString().startsWith(PROVIDER.issuer() + "/session/end"));
        assertThat(PROVIDER.endSessionRequests()).last().satisfies(request -> {
            assertThat(request.get("id_token_hint")).isNotBlank();
            assertThat(request.get("state")).isNotBlank();
            assertThat(request.get("post_logout_redirect_uri")).isEqualTo(baseUrl() + "/login?deconnecte");
        });
        assertThat(signedOut.uri().getPath()).isEqualTo("/login");
        assertThat(signedOut.body()).contains("role=\"status\"");
        assertThat(browser.get(baseUrl() + "/territoires/" + MORTAGNE).uri().getPath()).isEqualTo("/login");
    }

    private void assertRefused(WebSession browser) {
        Page page = browser.get(baseUrl() + "/oauth2/authorization/oidc");
        assertThat(page.uri().getPath()).isEqualTo("/login");
        assertThat(page.uri().getQuery()).isEqualTo("oidc");
        assertThat(HtmlUtils.htmlUnescape(page.body())).contains(REFUSED);
        assertThat(browser.get(baseUrl() + "/territoires/" + MORTAGNE).uri().getPath()).isEqualTo("/login");
    }
}
