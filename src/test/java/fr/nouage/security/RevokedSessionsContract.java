package fr.nouage.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.nouage.NouageApplication;
import fr.nouage.account.Account;
import fr.nouage.account.Accounts;
import fr.nouage.account.NouageUser;
import fr.nouage.account.Role;
import fr.nouage.account.RoleAssignment;
import fr.nouage.support.NouageIT;
import fr.nouage.support.PageClient;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;

/**
 * A web session counts for what its account may do now, on every instance: disabling the account,
 * setting a new password or taking a role away refuses every session opened before at its next
 * request, on this instance and on a second one sharing the database (a second application
 * started on it, which kept the account in its cache); a role given counts without signing in
 * again; a disabled account's private calendar feed answers as revoked.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RevokedSessionsContract extends NouageIT {

    @Autowired
    Accounts accounts;

    @Autowired
    Territories territories;

    @Autowired
    Environment environment;

    @Autowired
    JdbcClient jdbc;

    private ConfigurableApplicationContext secondInstance;
    private PageClient admin;

    @BeforeAll
    void startASecondInstance() {
        // command-line arguments: they take precedence over application.yml, as the test's own properties do
        secondInstance = new SpringApplicationBuilder(NouageApplication.class).run(
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                "--spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
                "--spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""),
                "--nouage.demo.enabled=false",
                "--nouage.account.admin-email=",
                "--spring.modulith.events.republish-outstanding-events-on-restart=false",
                "--nouage.meeting.freeze-check=P1D",
                "--nouage.deliberation.close-check=P1D",
                "--nouage.notification.digest-check=P1D",
                "--nouage.notification.retry-interval=P1D",
                "--server.shutdown=immediate");
        admin = new PageClient(baseUrl()).signIn(ADMIN_EMAIL, DEMO_PASSWORD);
    }

    @AfterAll
    void stopTheSecondInstance() {
        if (secondInstance != null) {
            secondInstance.close();
        }
    }

    private String secondUrl() {
        return "http://localhost:" + ((WebServerApplicationContext) secondInstance).getWebServer().getPort();
    }

    private static final String TERRITORY_PAGE = "/territoires/" + MORTAGNE;

    /** A new director of a commune of Mortagne. */
    private Account director() {
        Collectivity commune = territories.collectivities(MORTAGNE).stream().filter(c -> !c.isEpci()).findFirst()
                .orElseThrow();
        String email = "session-" + UUID.randomUUID() + "@test.nouage.fr";
        Account account = accounts.create(email, "Directrice de passage", DEMO_PASSWORD);
        accounts.assign(account.id(), RoleAssignment.director(MORTAGNE, commune.siren()));
        return accounts.find(account.id()).orElseThrow();
    }

    /** Two sessions of the account, one per instance, each having read the territory's page. */
    private PageClient[] openSessions(Account account) {
        PageClient here = new PageClient(baseUrl()).signIn(account.email(), DEMO_PASSWORD);
        PageClient there = new PageClient(secondUrl()).signIn(account.email(), DEMO_PASSWORD);
        assertThat(here.get(TERRITORY_PAGE).status()).isEqualTo(200);
        assertThat(there.get(TERRITORY_PAGE).status()).isEqualTo(200);
        assertThat(sessionsOf(account)).isEqualTo(2);
        return new PageClient[] {here, there};
    }

    private static void assertRefused(PageClient session, String instance) {
        PageClient.Page page = session.get(TERRITORY_PAGE);
        assertThat(page.status()).as("the next request of a session on the " + instance + " instance")
                .isEqualTo(302);
        assertThat(page.location()).contains("/login");
    }

    private int sessionsOf(Account account) {
        return jdbc.sql("select count(*) from spring_session where principal_name = ?")
                .param(NouageUser.principalName(account.id())).query(Integer.class).single();
    }

    @Test
    void disablingAnAccountRefusesItsSessionsOnEveryInstance() {
        Account account = director();
        PageClient[] sessions = openSessions(account);

        admin.get("/admin/comptes/" + account.id());
        assertThat(admin.post("/admin/comptes/" + account.id() + "/activation", Map.of("enabled", "false")).status())
                .isEqualTo(302);

        assertThat(sessionsOf(account)).as("sessions left in the shared table").isZero();
        assertRefused(sessions[0], "first");
        assertRefused(sessions[1], "second");
    }

    @Test
    void aNewPasswordRefusesTheSessionsOpenedBeforeOnEveryInstance() {
        Account account = director();
        PageClient[] sessions = openSessions(account);

        admin.get("/admin/comptes/" + account.id());
        assertThat(admin.post("/admin/comptes/" + account.id() + "/mot-de-passe",
                Map.of("password", "un-nouveau-mot-de-passe")).status()).isEqualTo(302);

        assertThat(sessionsOf(account)).isZero();
        assertRefused(sessions[0], "first");
        assertRefused(sessions[1], "second");
        assertThat(new PageClient(secondUrl()).signIn(account.email(), "un-nouveau-mot-de-passe")
                .get(TERRITORY_PAGE).status()).as("signing in again with the new password").isEqualTo(200);
    }

    @Test
    void aRoleTakenAwayRefusesTheSessionsOpenedBeforeOnEveryInstance() {
        Account account = director();
        PageClient[] sessions = openSessions(account);
        RoleAssignment role = account.roles().get(0);

        admin.get("/admin/comptes/" + account.id());
        assertThat(admin.post("/admin/comptes/" + account.id() + "/roles/retrait", Map.of("role", "DIRECTOR",
                "territoire", role.territorySiren(), "collectivite", role.collectivitySiren())).status())
                .isEqualTo(302);

        assertThat(sessionsOf(account)).isZero();
        assertRefused(sessions[0], "first");
        assertRefused(sessions[1], "second");
        PageClient again = new PageClient(baseUrl()).signIn(account.email(), DEMO_PASSWORD);
        assertThat(again.get(TERRITORY_PAGE).status()).as("signed in again without the role").isEqualTo(403);
    }

    @Test
    void aRoleGivenCountsAtTheNextRequestWithoutSigningInAgain() {
        Account account = director();
        PageClient session = new PageClient(baseUrl()).signIn(account.email(), DEMO_PASSWORD);
        assertThat(session.get("/territoires/" + ACHARDS).status()).isEqualTo(403);

        accounts.assign(account.id(), RoleAssignment.inTerritory(Role.ELECTED, ACHARDS));

        assertThat(session.get("/territoires/" + ACHARDS).status()).isEqualTo(200);
    }

    @Test
    void aDisabledAccountsCalendarFeedAnswersAsRevoked() throws Exception {
        Account account = director();
        PageClient session = new PageClient(baseUrl()).signIn(account.email(), DEMO_PASSWORD);
        session.get("/territoires/" + MORTAGNE + "/flux");
        PageClient.Page created = session.follow(session.post("/territoires/" + MORTAGNE + "/flux", Map.of()));
        java.util.regex.Matcher url = java.util.regex.Pattern.compile("id=\"feed-url\" readonly value=\"([^\"]+)\"")
                .matcher(created.body());
        assertThat(url.find()).isTrue();
        String feed = url.group(1);
        assertThat(anonymous(feed)).isEqualTo(200);

        accounts.setEnabled(account.id(), false);

        assertThat(anonymous(feed)).as("the feed of a disabled account").isEqualTo(404);
        String path = URI.create(feed).getPath();
        assertThat(anonymous(secondUrl() + path)).as("on the second instance").isEqualTo(404);
    }

    private static int anonymous(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
