package fr.nouage.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import fr.nouage.support.BrowserTest;
import fr.nouage.support.ReceivedMail;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;

/**
 * The issue's flow on the Pays de Mortagne: the facilitator creates a network, three communes get a
 * referent (one invited by e-mail, who signs in through the link and sets a password), the coverage
 * matrix shows the others missing, a meeting of the network is planned, a Vis ma vie is recorded and
 * appears as a link of the cooperation graph; every page passes axe.
 */
@TestPropertySource(properties = "nouage.notification.base-url=http://nouage.test")
class NetworkBrowserIT extends BrowserTest {

    private static final GreenMail MAIL = new GreenMail(new ServerSetup(0, "127.0.0.1", "smtp"));
    private static final Pattern LINK = Pattern.compile("http://nouage\\.test(/connexion/lien/[A-Za-z0-9_-]{43})");

    static {
        MAIL.start();
    }

    @DynamicPropertySource
    static void ownDatabaseAndMailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:network-" + UUID.randomUUID()
                + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    }

    @Autowired
    Territories territories;

    @Test
    void aNetworkGetsItsReferentsMeetsAndAVisMaVieJoinsTheGraph() throws Exception {
        List<Collectivity> communes = territories.collectivities(MORTAGNE).stream()
                .filter(c -> !c.isEpci() && c.active()).toList();
        String base = "/territoires/" + MORTAGNE;

        // 1. the facilitator declares the network
        signIn("facilitateur@demo.nouage.fr");
        page.navigate(base + "/reseaux");
        assertAccessible(page);
        page.getByLabel("Nom du réseau").fill("Réseau urbanisme");
        page.getByLabel("Type de réseau").selectOption("BUSINESS");
        page.getByLabel("Objet").fill("Instruire ensemble les autorisations d'urbanisme");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Déclarer le réseau")).click();
        page.waitForURL(url -> url.matches(".*/reseaux/\\d+$"));
        String networkPath = page.url().replaceFirst("^https?://[^/]+", "");
        assertAccessible(page);

        // 2. three communes get a referent: two directors, one agent invited by e-mail
        String invited = "urbanisme@" + communes.get(2).inseeCode() + ".test";
        name(communes.get(0), "dgs-" + communes.get(0).inseeCode() + "@demo.nouage.fr");
        name(communes.get(1), "dgs-" + communes.get(1).inseeCode() + "@demo.nouage.fr");
        name(communes.get(2), invited);
        assertThat(page.locator("table.data").first().textContent()).contains(invited).contains("invité·e par courriel");
        assertAccessible(page);

        // 3. the coverage matrix shows the others missing
        page.navigate(base + "/reseaux/couverture");
        assertAccessible(page);
        String matrix = page.locator("#couverture").textContent();
        assertThat(matrix).contains("Réseau urbanisme").contains("3 sur " + (communes.size() + 1));
        assertThat(page.locator("#couverture tr", new Page.LocatorOptions().setHasText(communes.get(3).name()))
                .first().textContent()).contains("Absente");

        // 4. a meeting of the network is planned through the collective's machinery
        page.navigate(networkPath);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Planifier une réunion du réseau")).click();
        page.waitForURL(url -> url.contains("/reunions/nouvelle"));
        page.fill("#startsAt", slots().from(MORTAGNE, 40).toString().substring(0, 16));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Planifier la réunion")).click();
        page.waitForURL(url -> url.matches(".*/reunions/\\d+$"));
        page.navigate(networkPath);
        assertThat(page.locator("section[aria-labelledby=reunions] ul li").count()).isEqualTo(1);

        // 5. a Vis ma vie between two communes, then a link of the graph
        page.navigate(base + "/echanges");
        assertAccessible(page);
        page.getByLabel("Type d'échange").selectOption("VIS_MA_VIE");
        page.getByLabel("Première collectivité").selectOption(communes.get(4).siren());
        page.getByLabel("Seconde collectivité").selectOption(communes.get(5).siren());
        page.getByLabel("Date", new Page.GetByLabelOptions().setExact(true)).fill(java.time.LocalDate.now().minusDays(3).toString());
        page.getByLabel("Ce que la première a appris").fill("Le quotidien d'un secrétariat de mairie");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer l'échange")).click();
        page.waitForLoadState();
        assertThat(page.content()).contains("échange est enregistré");
        page.navigate(base + "/cooperation");
        assertAccessible(page);
        String links = page.locator("#liens").textContent();
        assertThat(links).contains(communes.get(4).name() + " — " + communes.get(5).name());

        // 6. the invited referent receives the e-mail, follows the link, confirms and sets a password
        ReceivedMail invitation = null;
        for (int attempt = 0; attempt < 40 && invitation == null; attempt++) {
            invitation = Arrays.stream(MAIL.getReceivedMessages()).map(ReceivedMail::of)
                    .filter(m -> m.to().equals(invited)).findFirst().orElse(null);
            if (invitation == null) {
                Thread.sleep(250);
            }
        }
        assertThat(invitation).isNotNull();
        assertThat(invitation.text()).contains("Réseau urbanisme").contains(communes.get(2).name());
        Matcher link = LINK.matcher(invitation.text());
        assertThat(link.find()).isTrue();
        newSession();
        page.navigate(link.group(1));
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Me connecter")).click();
        page.waitForURL(url -> url.contains("/compte/mot-de-passe"));
        assertAccessible(page);
        page.getByLabel("Nouveau mot de passe").fill("mot-de-passe-du-referent");
        page.getByLabel("Le même, une seconde fois").fill("mot-de-passe-du-referent");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le mot de passe")).click();
        page.waitForURL(url -> url.contains("/login"));
        signIn(invited, "mot-de-passe-du-referent");
        page.navigate(networkPath);
        assertThat(page.locator("h1").textContent()).isEqualTo("Réseau urbanisme");
        // the link served once
        newSession();
        page.navigate(link.group(1));
        assertThat(page.content()).contains("Ce lien n");
    }

    private void name(Collectivity commune, String email) {
        page.getByLabel("Collectivité", new Page.GetByLabelOptions().setExact(true)).selectOption(commune.siren());
        page.getByLabel("Adresse électronique du référent").fill(email);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nommer le référent")).click();
        page.waitForLoadState();
        assertThat(page.content()).contains("Le référent est nommé.");
    }
}
