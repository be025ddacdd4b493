package fr.nouage.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

import fr.nouage.meeting.Meeting;
import fr.nouage.meeting.Meetings;
import fr.nouage.support.BrowserTest;

/**
 * Cooperation in action on the Pays des Achards, in a browser with axe-core on each page: the
 * directors of Nieul-le-Dolent and Sainte-Flaive-des-Loups co-pilot the children-and-youth
 * project, its steering committee plans a meeting, a project review puts it on the agenda of the
 * collective, a convention is simulated under two keys side by side, one is chosen and its
 * financial annex is read back from the PDF.
 */
class ProjectBrowserIT extends BrowserTest {

    static final String NIEUL = "218501617";
    static final String SAINTE_FLAIVE = "218502110";
    static final String LES_ACHARDS = "200065795";
    static final String TITLE = "Compétence enfance-jeunesse partagée — essai navigateur";

    @Autowired
    Meetings meetings;

    @Test
    void twoCommunesCoPilotAProjectItsCommitteeMeetsTheCollectiveReviewsItAndAConventionIsChosen() throws Exception {
        Meeting collective = meetings.schedule(ACHARDS, new Meetings.NewMeeting(slots().from(ACHARDS, LocalDateTime.of(2046, 4, 2, 9, 0)),
                null, "Salle du conseil, Les Achards", null, null, null));
        signIn("dgs-85161@demo.nouage.fr");

        // 1. the portfolio, from the territory's tabs
        page.navigate("/territoires/" + ACHARDS);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Projets").setExact(true)).click();
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Portefeuille de projets")).first().waitFor();
        assertAccessible(page);

        // 2. a co-piloted project with its steering committee
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nouveau projet")).click();
        page.getByLabel("Intitulé du projet").fill(TITLE);
        page.getByLabel("Objet").fill("Un accueil de loisirs et un relais petite enfance communs aux deux communes.");
        page.getByLabel("Politique publique").fill("Enfance-jeunesse");
        page.getByLabel("Usagers concernés").fill("Familles et enfants de 3 à 17 ans");
        page.getByLabel("Co-pilotage", new Page.GetByLabelOptions().setExact(true)).check();
        page.locator("input[name=leads][value='" + NIEUL + "']").check();
        page.locator("input[name=leads][value='" + SAINTE_FLAIVE + "']").check();
        page.getByLabel("Phase actuelle").selectOption("CO_DECISION");
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer le projet et son comité de pilotage")).click();
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(TITLE)).waitFor();
        String projectUrl = page.url();
        assertThat(page.content()).contains("Nieul-le-Dolent, Sainte-Flaive-des-Loups").contains("Co-pilotage");
        assertAccessible(page);

        // 3. its steering committee meets, convened like the collective
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Planifier une réunion du comité de pilotage")).click();
        page.getByLabel("Début").fill("2046-03-12T14:00");
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Planifier")).click();
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Réunion — Comité de pilotage")).first().waitFor();
        assertAccessible(page);
        page.navigate(projectUrl);
        PlaywrightAssertions.assertThat(page.locator("#copil + p + ul li")).hasCount(1);

        // 4. a project review puts it on the collective's agenda
        page.navigate("/territoires/" + ACHARDS + "/projets/revue");
        page.getByLabel("Réunion du collectif").selectOption(String.valueOf(collective.id()));
        page.getByLabel(TITLE, new Page.GetByLabelOptions().setExact(false)).check();
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inscrire la revue à l'ordre du jour")).click();
        page.getByText("Revue de projet : " + TITLE).first().waitFor();
        assertThat(page.url()).contains("/reunions/" + collective.id());

        // 5. a convention simulated with two keys side by side, then the second chosen
        page.navigate(projectUrl);
        assertThat(page.content()).contains("Revue de projet —");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Préparer une convention")).click();
        page.getByLabel("Intitulé de la convention").fill("Convention de l'accueil de loisirs");
        page.getByLabel("Montant (en euros)").fill("30000.00");
        for (String siren : new String[] {NIEUL, SAINTE_FLAIVE, LES_ACHARDS}) {
            page.locator("input[name=parties][value='" + siren + "']").check();
        }
        page.locator("#a_POPULATION").fill("100");
        page.locator("#b_POPULATION").fill("50");
        page.locator("#b_EQUAL").fill("50");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Simuler les clés")).click();
        Locator simulation = page.locator("#simulation + p + div table");
        simulation.waitFor();
        PlaywrightAssertions.assertThat(simulation.locator("thead th")).hasCount(3);
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Choisir la clé B pour la convention")).click();
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Convention de l'accueil de loisirs")).waitFor();
        assertThat(page.content()).contains("Population municipale 50 %").contains("Parts égales 50 %");
        BigDecimal total = BigDecimal.ZERO;
        for (String cell : page.locator("#parts ~ div table tbody tr td:last-child").allInnerTexts()) {
            total = total.add(new BigDecimal(cell.split(" ")[0]));
        }
        assertThat(total).isEqualByComparingTo("30000.00");
        assertAccessible(page);

        // 6. the financial annex, read back
        String annex = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Annexe financière (PDF)"))
                .getAttribute("href");
        APIResponse pdf = page.request().get(annex);
        assertThat(pdf.status()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Annexe financière").contains("Convention de l'accueil de loisirs")
                    .contains("Nieul-le-Dolent").contains("Sainte-Flaive-des-Loups").contains("Les Achards")
                    .contains("Population municipale 50 %");
        }
        // and the same annex as a spreadsheet whose shares, read back as numbers, add up to the amount
        String spreadsheet = page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Annexe financière (tableur ODS)")).getAttribute("href");
        APIResponse ods = page.request().get(spreadsheet);
        assertThat(ods.status()).isEqualTo(200);
        assertThat(ods.headers().get("content-type")).startsWith("application/vnd.oasis.opendocument.spreadsheet");
        Sheet sheet = new SpreadSheet(new ByteArrayInputStream(ods.body())).getSheet(0);
        Object[][] cells = sheet.getDataRange().getValues();
        BigDecimal parts = BigDecimal.ZERO;
        int parties = 0;
        Object totalCell = null;
        for (Object[] row : cells) {
            if (row[5] instanceof Number && List.of("Nieul-le-Dolent", "Sainte-Flaive-des-Loups", "Les Achards").contains(row[0])) {
                parts = parts.add(BigDecimal.valueOf(((Number) row[5]).doubleValue()));
                parties++;
            }
            if ("Total".equals(row[0])) {
                totalCell = row[5];
            }
        }
        assertThat(parties).isEqualTo(3);
        assertThat(((Number) totalCell).doubleValue()).isEqualTo(30000.0);
        assertThat(parts.setScale(2, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("30000.00");
    }
}
