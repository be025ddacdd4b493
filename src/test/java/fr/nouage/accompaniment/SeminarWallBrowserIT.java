package fr.nouage.accompaniment;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import fr.nouage.support.BrowserTest;

/**
 * A seminar's wall in browsers, with axe-core on each page: the coordinator builds a seminar for the
 * four demo territories and projects its wall; one phone (390 px wide, no account) joins with the code
 * and a pseudonym, another posts signed in as a director; both verbatims appear on the projected wall
 * without reloading it, and the one the coordinator hides leaves it the same way.
 */
class SeminarWallBrowserIT extends BrowserTest {

    static final String TITLE = "Séminaire régional — essai navigateur";

    BrowserContext other(int width, int height) {
        Browser browser = context.browser();
        BrowserContext created = browser.newContext(new Browser.NewContextOptions().setBaseURL(baseUrl())
                .setLocale("fr-FR").setViewportSize(width, height));
        created.setDefaultTimeout(15_000);
        return created;
    }

    @Test
    void phonesPostVerbatimsThatTheProjectedWallShowsWithoutReload() throws Exception {
        signIn("coordination@demo.nouage.fr");
        page.navigate("/");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Séminaires").setExact(true)).click();
        assertAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Construire un séminaire")).click();
        page.getByLabel("Titre du séminaire").fill(TITLE);
        page.getByLabel("Date").fill("2090-03-18");
        page.getByLabel("Lieu").fill("Nantes, salle des assemblées");
        for (String siren : new String[] {MORTAGNE, ACHARDS, ERDRE, ANCENIS}) {
            page.locator("input[name=territories][value='" + siren + "']").check();
        }
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer le séminaire")).click();
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(TITLE)).waitFor();
        page.getByLabel("Début").fill("09:15");
        page.getByLabel("Fin").fill("10:45");
        page.getByLabel("Intitulé").fill("Conférence en dialogue");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ajouter au programme")).click();
        assertThat(page.locator("#programme + div table")).containsText("9 h 15");
        assertAccessible(page);
        String code = page.locator(".seminar-code").innerText().replace(" ", "");
        String seminarUrl = page.url().replaceAll("#.*", "");
        String id = seminarUrl.substring(seminarUrl.lastIndexOf('/') + 1);

        // the wall projected in the room
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mur projeté en salle")).click();
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(TITLE)).waitFor();
        assertAccessible(page);

        // a phone without account, 390 px wide, with the code and a pseudonym
        try (BrowserContext phoneContext = other(390, 844); BrowserContext directorContext = other(1280, 900)) {
            Page phone = phoneContext.newPage();
            phone.navigate("/mur");
            phone.getByLabel("Code du séminaire (affiché dans la salle)").fill(code.toLowerCase());
            phone.getByLabel("Pseudonyme").fill("Camille");
            assertAccessible(phone);
            phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rejoindre le mur")).click();
            phone.getByLabel("Obstacle à lever").check();
            phone.getByLabel("Votre verbatim").fill("Une heure de route pour une réunion d'une heure");
            assertAccessible(phone);
            assertThat(phone.locator("body")).not().hasCSS("overflow-x", "scroll");
            phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publier sur le mur")).click();
            assertThat(phone.locator(".notice")).containsText("Votre verbatim est sur le mur");
            double scrollWidth = ((Number) phone.evaluate("document.documentElement.scrollWidth")).doubleValue();
            org.assertj.core.api.Assertions.assertThat(scrollWidth).isLessThanOrEqualTo(390);

            // a director of an invited territory, signed in
            Page director = directorContext.newPage();
            director.navigate("/login");
            director.getByLabel("Adresse électronique").fill("dg-" + MORTAGNE + "@demo.nouage.fr");
            director.getByLabel("Mot de passe", new Page.GetByLabelOptions().setExact(true)).fill(DEMO_PASSWORD);
            director.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();
            director.waitForURL(url -> !url.contains("/login"));
            director.navigate("/mur/" + id);
            director.getByLabel("Facteur de réussite").check();
            director.getByLabel("Votre verbatim").fill("Un ordre du jour partagé deux jours avant");
            director.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publier sur le mur")).click();
            assertThat(director.locator(".notice")).containsText("Votre verbatim est sur le mur");

            // the projected wall shows both, without reload
            assertThat(page.locator("#cat-OBSTACLE + ul")).containsText("Une heure de route pour une réunion d'une heure");
            assertThat(page.locator("#cat-SUCCESS_FACTOR + ul")).containsText("Un ordre du jour partagé deux jours avant");
            assertAccessible(page);

            // the coordinator hides one from the moderation page; it leaves the projected wall
            Page moderation = context.newPage();
            moderation.navigate("/seminaires/" + id + "/moderation");
            assertAccessible(moderation);
            moderation.locator("tr", new Page.LocatorOptions().setHasText("Une heure de route"))
                    .getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Masquer"))
                    .click();
            assertThat(moderation.locator(".notice")).containsText("Le mur est mis à jour");
            assertThat(page.locator("#cat-OBSTACLE + ul")).not().containsText("Une heure de route");
            assertThat(page.locator("#cat-SUCCESS_FACTOR + ul")).containsText("Un ordre du jour partagé");

            // two delegations register: Mortagne by its director, the Achards by the coordinator
            director.navigate("/seminaires/" + id);
            director.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Inscrire la délégation de")).first()
                    .click();
            director.locator("input[name=name_" + MORTAGNE + "]").fill("Directrice générale des services");
            director.locator("input[name=job_" + MORTAGNE + "]").fill("DGS");
            assertAccessible(director);
            director.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inscrire la délégation")).click();
            assertThat(director.locator(".notice")).containsText("La délégation est inscrite");
            moderation.navigate("/seminaires/" + id + "/delegations/" + ACHARDS);
            moderation.locator("input[name=name_" + ACHARDS + "]").fill("Directeur général des services");
            moderation.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inscrire la délégation")).click();
            moderation.navigate("/seminaires/" + id + "/participants");
            assertThat(moderation.locator("table")).containsText("Directrice générale des services");
            assertThat(moderation.locator("table")).containsText("Directeur général des services");
            assertAccessible(moderation);

            // Mortagne writes a commitment, which shows among its collective's actions
            java.time.LocalDateTime meeting = slots().from(MORTAGNE, 400);
            meetings.schedule(MORTAGNE, new fr.nouage.meeting.Meetings.NewMeeting(meeting, null, "Mortagne-sur-Sèvre",
                    null, null, null));
            director.navigate("/seminaires/" + id + "/engagements/" + MORTAGNE);
            director.getByLabel("Ce que nous allons essayer").fill("Tenir un point réflexif à chaque réunion");
            director.getByLabel("Pour quand").fill(meetings.nextOpen(MORTAGNE).orElseThrow().startsAt()
                    .atZone(fr.nouage.platform.DateFormats.PARIS).toLocalDate().plusDays(90).toString());
            assertAccessible(director);
            director.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer l'engagement")).click();
            assertThat(director.locator(".notice")).containsText("suivi comme une action du collectif");
            director.navigate("/territoires/" + MORTAGNE + "/actions");
            assertThat(director.locator("main")).containsText("Tenir un point réflexif à chaque réunion");
        }

        // the restitution, read back from its PDF
        com.microsoft.playwright.APIResponse pdf = context.request().get("/seminaires/" + id + "/restitution.pdf");
        org.assertj.core.api.Assertions.assertThat(pdf.status()).isEqualTo(200);
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            org.assertj.core.api.Assertions.assertThat(text).contains("Conférence en dialogue")
                    .contains("Un ordre du jour partagé deux jours avant").doesNotContain("Une heure de route");
        }
    }

    @org.springframework.beans.factory.annotation.Autowired
    fr.nouage.meeting.Meetings meetings;
}
