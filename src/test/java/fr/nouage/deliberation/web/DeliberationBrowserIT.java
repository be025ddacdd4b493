package fr.nouage.deliberation.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import fr.nouage.deliberation.Consultation;
import fr.nouage.deliberation.ConsultationKind;
import fr.nouage.deliberation.Consultations;
import fr.nouage.deliberation.Deliberations;
import fr.nouage.deliberation.Stance;
import fr.nouage.meeting.AgendaItem;
import fr.nouage.meeting.ItemKind;
import fr.nouage.meeting.Meeting;
import fr.nouage.meeting.Meetings;
import fr.nouage.support.BrowserTest;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;

/**
 * The deliberation pages in a browser on the Pays des Achards demo (meetings in 2044), each checked
 * with axe-core: a consent round, the speakers list refreshed by HTMX, the élu's reading, a ranked
 * consultation answered without JavaScript, the remarks box and the parity page.
 */
class DeliberationBrowserIT extends BrowserTest {

    @Autowired
    Meetings meetings;
    @Autowired
    Territories territories;
    @Autowired
    Deliberations deliberations;
    @Autowired
    Consultations consultations;

    private DeliberationFixture fixture() {
        return new DeliberationFixture(meetings, territories, baseUrl());
    }

    private void button(String name) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
    }

    @Test
    void aConsentRoundWithAnObjectionAnsweredThenWithdrawnIsAdoptedAndReadByAnElu() {
        DeliberationFixture fixture = fixture();
        Meeting meeting = fixture.meeting(ACHARDS, LocalDateTime.of(2044, 2, 2, 9, 0));
        AgendaItem item = fixture.item(meeting, "Service commun de la commande publique", ItemKind.DECISION);
        String path = DeliberationFixture.path(meeting, item);
        List<Collectivity> communes = fixture.communes(ACHARDS);
        Collectivity objector = communes.get(5);

        signIn("dgs-" + objector.inseeCode() + "@demo.nouage.fr");
        page.navigate("/territoires/" + ACHARDS + "/reunions/" + meeting.id());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Délibérer sur le point « Service commun de la commande publique »")).click();
        page.locator("#stance-" + objector.siren() + "-OBJECTION").check();
        page.getByLabel("Argument").fill("Les petites communes perdent la main sur leurs achats");
        button("Enregistrer la position");
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("La position a été enregistrée.");
        assertThat(page.locator("#positions table")).containsText("Objection (ouverte)");
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("pour poser une question")).check();
        button("Demander la parole");
        assertThat(page.locator("#orateurs-point-" + item.id() + " .speakers-list")).containsText("pour poser une question");
        assertAccessible(page);

        newSession();
        signIn("facilitateur@demo.nouage.fr");
        page.navigate(path);
        button("Enregistrer la décision");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("l'objection de " + objector.name() + " est toujours ouverte");
        page.getByLabel("Répondre par un texte amendé de la proposition")
                .fill("Chaque commune garde ses achats de moins de 40 000 € HT");
        button("Répondre à l'objection");
        assertThat(page.locator("#objections")).containsText("levée par un texte amendé");
        button("Parole donnée");
        assertThat(page.locator("#orateurs-point-" + item.id())).containsText("Ont parlé");
        assertAccessible(page);

        newSession();
        signIn("dgs-" + objector.inseeCode() + "@demo.nouage.fr");
        page.navigate(path);
        page.locator("#retrait-" + objector.siren() + "-RESERVATION").check();
        page.locator("#retrait-argument-" + objector.siren()).fill("Bilan après un an");
        button("Retirer l'objection");
        assertThat(page.locator("#historique")).containsText("retirée par son auteur");

        for (Collectivity c : List.of(fixture.epci(ACHARDS), communes.get(0), communes.get(1), communes.get(2),
                communes.get(3))) {
            deliberations.express(item.id(), c.siren(), Stance.AGREE, null, DeliberationFixture.director(ACHARDS, c));
        }
        newSession();
        signIn("facilitateur@demo.nouage.fr");
        page.navigate(path);
        page.getByLabel("Énoncé de la décision ou de l'avis").fill("Service commun créé au 1er janvier");
        button("Enregistrer la décision");
        assertThat(page.locator("#decision")).containsText("Adopté");

        newSession();
        signIn("elu-" + ACHARDS + "@demo.nouage.fr");
        page.navigate(path);
        Locator distribution = page.locator("#repartition-" + item.id());
        assertThat(distribution).containsText("Répartition des positions de 6 collectivités");
        assertThat(distribution).containsText(objector.name() + " — D'accord avec réserves : Bilan après un an");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer la position")))
                .hasCount(0);
        assertAccessible(page);
    }

    @Test
    void aRankedConsultationAnsweredWithoutJavaScriptAndTheOtherPagesAreAccessible() {
        Consultation c = consultations.open(ACHARDS, new Consultations.NewConsultation(ConsultationKind.RANKED_CHOICE,
                "Thème de l'atelier de printemps", null, Instant.now().plus(4, ChronoUnit.DAYS),
                List.of("Eau", "Mobilités", "Petite enfance"), List.of(), null, null),
                DeliberationFixture.facilitator(ACHARDS));
        Collectivity commune = fixture().communes(ACHARDS).get(6);

        newSessionWithoutJavaScript();
        signIn("dgs-" + commune.inseeCode() + "@demo.nouage.fr");
        page.navigate("/territoires/" + ACHARDS + "/consultations");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Thème de l'atelier de printemps")).click();
        page.getByLabel("Mobilités").selectOption("1");
        page.getByLabel("Eau").selectOption("2");
        button("Envoyer la réponse");
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("La réponse de votre collectivité est enregistrée.");
        assertThat(page.getByLabel("Mobilités")).hasValue("1");
        assertAccessible(page);

        page.navigate("/territoires/" + ACHARDS + "/consultations/nouvelle");
        assertAccessible(page);
        Meeting meeting = fixture().meeting(ACHARDS, LocalDateTime.of(2044, 2, 9, 9, 0));
        page.navigate("/territoires/" + ACHARDS + "/reunions/" + meeting.id() + "/remarques");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Remarques anonymes");
        assertAccessible(page);

        newSession();
        signIn("facilitateur@demo.nouage.fr");
        page.navigate("/territoires/" + ACHARDS + "/consultations/" + c.id());
        assertThat(page.locator("#resultat")).containsText("Résultat provisoire");
        assertAccessible(page);
        page.navigate("/territoires/" + ACHARDS + "/parite");
        // the charts with their data tables, or, for a period without any meeting, a notice instead of zeros
        assertThat(page.locator("#tableau-collectivites, #pas-de-donnees").first()).isVisible();
        assertAccessible(page);
    }
}
