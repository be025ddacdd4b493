package fr.nouage.account.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.nouage.account.Account;
import fr.nouage.account.Accounts;
import fr.nouage.account.Role;
import fr.nouage.account.RoleAssignment;
import fr.nouage.support.ApiClient;
import fr.nouage.support.ApiClient.Response;
import fr.nouage.support.IntegrationTest;
import fr.nouage.support.AuthPageClient;
import fr.nouage.support.AuthPageClient.Page;
import fr.nouage.territory.ExperienceCard;
import fr.nouage.territory.Territories;
import fr.nouage.territory.Territory;

/** Who may open which page and API resource, checked over HTTP as a browser and an API client would. */
class AuthorizationIT extends IntegrationTest {

    private static final String HOME = "/";
    private static final String MORTAGNE_PAGE = "/territoires/" + MORTAGNE;
    private static final String MORTAGNE_CARD = "/territoires/" + MORTAGNE + "/fiche";
    private static final String ADMIN_GEOGRAPHY = "/admin/geographie";
    private static final String ADMIN_ACCOUNTS = "/admin/comptes";
    private static final String ADMIN_TERRITORIES = "/admin/territoires";
    private static final String API_TERRITORIES = "/api/v1/territories";
    private static final String API_MORTAGNE = "/api/v1/territories/" + MORTAGNE + "/collectivities";
    /** A territory outside the demo: CC du Pays de Pontchâteau St-Gildas-des-Bois. */
    private static final String PONTCHATEAU = "200000438";

    private static final String MORTAGNE_DIRECTOR = "dgs-85151@demo.nouage.fr";
    private static final String ACHARDS_DIRECTOR = "dg-" + ACHARDS + "@demo.nouage.fr";
    private static final String MORTAGNE_ELECTED = "elu-" + MORTAGNE + "@demo.nouage.fr";
    private static final String FACILITATOR = "facilitateur@demo.nouage.fr";
    private static final String COORDINATOR = "coordination@demo.nouage.fr";

    @Autowired
    Accounts accounts;
    @Autowired
    Territories territories;

    @Test
    void anonymousVisitorsAreSentToTheSignInPageAndTheApiAnswers401() {
        AuthPageClient browser = new AuthPageClient(baseUrl());
        for (String path : List.of(HOME, MORTAGNE_PAGE, MORTAGNE_CARD, ADMIN_GEOGRAPHY, ADMIN_ACCOUNTS,
                ADMIN_TERRITORIES)) {
            Page page = browser.get(path);
            assertThat(page.status()).as(path).isEqualTo(302);
            assertThat(page.redirectPath()).as(path).isEqualTo("/login");
        }
        for (String path : List.of(API_TERRITORIES, API_MORTAGNE)) {
            Response response = api().get(path);
            assertThat(response.status()).as(path).isEqualTo(401);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("error").asString()).isEqualTo("unauthorized");
        }
    }

    @Test
    void aDirectorReachesTheirTerritoryButNotTheAdministration() {
        expect(MORTAGNE_DIRECTOR, 200, 200, 200, 403, 200, 200);
    }

    @Test
    void aDirectorOfAnotherTerritoryIsRefusedMortagne() {
        expect(ACHARDS_DIRECTOR, 200, 403, 403, 403, 200, 403);
    }

    @Test
    void anElectedOfficialReadsTheirTerritoryButCannotEditItsCard() {
        expect(MORTAGNE_ELECTED, 200, 200, 403, 403, 200, 200);
    }

    @Test
    void aReferentReadsTheirTerritoryButCannotEditItsCard() {
        String email = "referent-mortagne@test.nouage.fr";
        withRole(email, RoleAssignment.inTerritory(Role.REFERENT, MORTAGNE));
        expect(email, 200, 200, 403, 403, 200, 200);
        assertThat(sirens(api().signIn(email, DEMO_PASSWORD).get(API_TERRITORIES))).containsExactly(MORTAGNE);
    }

    @Test
    void theDemoFacilitatorReachesTheFourDemoTerritories() {
        expect(FACILITATOR, 200, 200, 200, 403, 200, 200);
        assertThat(sirens(api().signIn(FACILITATOR, DEMO_PASSWORD).get(API_TERRITORIES)))
                .containsExactlyInAnyOrder(ANCENIS, ACHARDS, ERDRE, MORTAGNE);
    }

    @Test
    void aFacilitatorOfAnotherTerritoryIsRefusedMortagne() {
        if (!territories.exists(PONTCHATEAU)) {
            territories.create(PONTCHATEAU);
        }
        String email = "facilitateur-pontchateau@test.nouage.fr";
        withRole(email, RoleAssignment.inTerritory(Role.FACILITATOR, PONTCHATEAU));
        expect(email, 200, 403, 403, 403, 200, 403);
        assertThat(sirens(api().signIn(email, DEMO_PASSWORD).get(API_TERRITORIES))).containsExactly(PONTCHATEAU);
        assertThat(new AuthPageClient(baseUrl()).signedIn(email, DEMO_PASSWORD).get("/territoires/" + PONTCHATEAU)
                .status()).isEqualTo(200);
    }

    @Test
    void theCoordinatorReachesEveryTerritoryButNotTheAdministration() {
        expect(COORDINATOR, 200, 200, 200, 403, 200, 200);
    }

    @Test
    void theAdminReachesEverything() {
        expect(ADMIN_EMAIL, 200, 200, 200, 200, 200, 200);
    }

    @Test
    void theTerritoryListOfTheApiHoldsOnlyTheCallersTerritories() {
        assertThat(sirens(api().signIn(MORTAGNE_DIRECTOR, DEMO_PASSWORD).get(API_TERRITORIES)))
                .containsExactly(MORTAGNE);
        assertThat(sirens(api().signIn(COORDINATOR, DEMO_PASSWORD).get(API_TERRITORIES)))
                .containsExactlyInAnyOrderElementsOf(territories.all().stream().map(Territory::siren).toList())
                .contains(ANCENIS, ACHARDS, ERDRE, MORTAGNE);
    }

    @Test
    void repeatedWrongPasswordsDelayTheSignInForm() {
        String email = "throttled-form@test.nouage.fr";
        withRole(email, RoleAssignment.inTerritory(Role.ELECTED, MORTAGNE));
        AuthPageClient browser = new AuthPageClient(baseUrl());
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThat(browser.signIn(email, "wrong password " + attempt).redirectPath())
                    .as("attempt " + attempt).isEqualTo("/login?erreur");
        }
        Page right = browser.signIn(email, DEMO_PASSWORD);
        assertThat(right.redirectPath()).as("even the right password must wait a second now")
                .isEqualTo("/login?bloque=1");
        assertThat(browser.get(right.redirectPath()).body()).contains("Trop de tentatives", "réessayez dans 1 seconde");
        assertThat(browser.get(HOME).status()).as("not signed in").isEqualTo(302);
    }

    @Test
    void repeatedWrongPasswordsDelayTheApiTokenRequest() {
        String email = "throttled-api@test.nouage.fr";
        withRole(email, RoleAssignment.inTerritory(Role.ELECTED, MORTAGNE));
        ApiClient client = api();
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThat(client.post("/api/v1/auth/token", Map.of("email", email, "password", "wrong " + attempt))
                    .status()).as("attempt " + attempt).isEqualTo(401);
        }
        Response fourth = client.post("/api/v1/auth/token", Map.of("email", email, "password", DEMO_PASSWORD));
        assertThat(fourth.status()).isEqualTo(429);
        assertThat(fourth.json().get("error").asString()).isEqualTo("too_many_attempts");
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefused() {
        ExperienceCard original = territories.find(MORTAGNE).orElseThrow().card();
        AuthPageClient browser = new AuthPageClient(baseUrl()).signedIn(MORTAGNE_DIRECTOR, DEMO_PASSWORD);
        Map<String, String> form = Map.of("profile", "Semi-rural, forgé sans jeton", "stake", "", "achievements", "");
        try {
            assertThat(browser.post(MORTAGNE_CARD, form).status()).isEqualTo(403);
            assertThat(territories.find(MORTAGNE).orElseThrow().card()).isEqualTo(original);

            Page withToken = browser.postForm(MORTAGNE_CARD, form);
            assertThat(withToken.status()).isEqualTo(302);
            assertThat(withToken.redirectPath()).isEqualTo(MORTAGNE_PAGE);
            assertThat(territories.find(MORTAGNE).orElseThrow().card().profile())
                    .isEqualTo("Semi-rural, forgé sans jeton");
        } finally {
            territories.updateCard(MORTAGNE, original);
        }
    }

    @Test
    void healthIsPublicAndSaysUp() {
        Response health = api().get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void theOpenApiDescriptionIsPublishedAndDescribesTheTerritories() {
        Response docs = api().get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.contentType()).startsWith("application/json");
        assertThat(docs.json().get("paths").has("/api/v1/territories")).isTrue();
        assertThat(docs.json().get("paths").has("/api/v1/territories/{siren}/collectivities")).isTrue();
    }

    /**
     * Checks the status of each page and API resource for one user, in this order: home, Mortagne's
     * page, its card form, the three admin pages (one expected status for all three), the API list
     * of territories and the API collectivités of Mortagne.
     */
    private void expect(String email, int home, int mortagne, int card, int admin, int apiList, int apiMortagne) {
        AuthPageClient browser = new AuthPageClient(baseUrl()).signedIn(email, DEMO_PASSWORD);
        ApiClient client = api().signIn(email, DEMO_PASSWORD);
        Map<String, Integer> pages = new LinkedHashMap<>();
        pages.put(HOME, home);
        pages.put(MORTAGNE_PAGE, mortagne);
        pages.put(MORTAGNE_CARD, card);
        pages.put(ADMIN_GEOGRAPHY, admin);
        pages.put(ADMIN_ACCOUNTS, admin);
        pages.put(ADMIN_TERRITORIES, admin);
        SoftAssertions softly = new SoftAssertions();
        pages.forEach((path, status) -> softly.assertThat(browser.get(path).status()).as(email + " " + path)
                .isEqualTo(status));
        softly.assertThat(client.get(API_TERRITORIES).status()).as(email + " " + API_TERRITORIES).isEqualTo(apiList);
        Response collectivities = client.get(API_MORTAGNE);
        softly.assertThat(collectivities.status()).as(email + " " + API_MORTAGNE).isEqualTo(apiMortagne);
        if (apiMortagne == 403) {
            softly.assertThat(collectivities.json().get("error").asString()).isEqualTo("forbidden");
        }
        softly.assertAll();
    }

    /** An account with the demo password holding {@code role}, created on first use. */
    private void withRole(String email, RoleAssignment role) {
        Account account = accounts.findByEmail(email)
                .orElseGet(() -> accounts.create(email, "Compte de test", DEMO_PASSWORD));
        accounts.assign(account.id(), role);
    }

    private static List<String> sirens(Response response) {
        assertThat(response.status()).isEqualTo(200);
        return response.json().valueStream().map(t -> t.get("siren").asString()).toList();
    }
}
