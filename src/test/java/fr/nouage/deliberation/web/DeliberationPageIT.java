package fr.nouage.deliberation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.nouage.deliberation.Deliberations;
import fr.nouage.deliberation.ItemDistribution;
import fr.nouage.deliberation.Stance;
import fr.nouage.meeting.AgendaItem;
import fr.nouage.meeting.ItemKind;
import fr.nouage.meeting.Meeting;
import fr.nouage.meeting.Meetings;
import fr.nouage.support.IntegrationTest;
import fr.nouage.support.PageClient;
import fr.nouage.support.PageClient.Page;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;

/**
 * The deliberation page on the Pays des Achards (EPCI and 9 communes, quorum 6), meetings in 2040:
 * a consent round through the forms only, its refusals, and a decision without quorum.
 */
class DeliberationPageIT extends IntegrationTest {

    @Autowired
    Meetings meetings;
    @Autowired
    Territories territories;
    @Autowired
    Deliberations deliberations;

    private DeliberationFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new DeliberationFixture(meetings, territories, baseUrl());
    }

    private static Page position(PageClient client, String path, String siren, String stance, String argument) {
        client.get(path);
        return client.post(path + "/position", Map.of("collectivite", siren, "stance", stance, "argument", argument));
    }

    @Test
    void aConsentRoundWithAnObjectionAnsweredThenWithdrawnIsAdoptedAndShownToAnElu() {
        Meeting meeting = fixture.meeting(ACHARDS, LocalDateTime.of(2040, 3, 6, 9, 0));
        AgendaItem item = fixture.item(meeting, "Mutualisation du service commun d'instruction", ItemKind.DECISION);
        String path = DeliberationFixture.path(meeting, item);
        List<Collectivity> communes = fixture.communes(ACHARDS);
        Collectivity objector = communes.get(0);
        PageClient facilitator = fixture.facilitator();

        Page meetingPage = facilitator.get("/territoires/" + ACHARDS + "/reunions/" + meeting.id());
        assertThat(meetingPage.body()).contains("href=\"" + path + "\"");

        PageClient objectorClient = fixture.director(objector);
        Page unmotivated = position(objectorClient, path, objector.siren(), "OBJECTION", "");
        assertThat(unmotivated.status()).isEqualTo(400);
        assertThat(unmotivated.text()).contains("Une objection doit être motivée : indiquez sa raison.");
        Page objected = position(objectorClient, path, objector.siren(), "OBJECTION",
                "Coût trop lourd pour les petites communes");
        assertThat(objected.status()).isEqualTo(302);
        assertThat(objectorClient.follow(objected).text()).contains("La position a été enregistrée.")
                .contains("Objection (ouverte)").contains("Coût trop lourd pour les petites communes");

        facilitator.get(path);
        Page blocked = facilitator.post(path + "/decision", Map.of("enonce", "Adopté", "revoir", ""));
        assertThat(blocked.status()).isEqualTo(409);
        assertThat(blocked.text()).contains("Décision impossible par consentement : l'objection de " + objector.name()
                + " est toujours ouverte (Coût trop lourd pour les petites communes).");

        String objectionId = PageClient.all(java.util.regex.Pattern.compile("/objections/(\\d+)/reponse"), blocked.body())
                .get(0);
        Page answered = facilitator.post(path + "/objections/" + objectionId + "/reponse",
                Map.of("texte", "Clé de répartition au prorata de la population, plafonnée pour les petites communes"));
        assertThat(answered.status()).isEqualTo(302);
        assertThat(facilitator.follow(answered).text()).contains("L'objection a reçu un texte amendé.")
                .contains("Clé de répartition au prorata de la population, plafonnée").contains("levée par un texte amendé");

        objectorClient.get(path);
        Page withdrawn = objectorClient.post(path + "/objections/retrait", Map.of("collectivite", objector.siren(),
                "stance", "RESERVATION", "argument", "Sous réserve d'un bilan à un an"));
        assertThat(withdrawn.status()).isEqualTo(302);
        assertThat(objectorClient.follow(withdrawn).text()).contains("L'objection a été retirée.")
                .contains("retirée par son auteur");

        for (Collectivity c : List.of(fixture.epci(ACHARDS), communes.get(1), communes.get(2), communes.get(3),
                communes.get(4))) {
            assertThat(position(fixture.director(c), path, c.siren(), "AGREE", "Utile").status()).isEqualTo(302);
        }
        facilitator.get(path);
        Page decided = facilitator.post(path + "/decision", Map.of("enonce",
                "Le collectif adopte la mutualisation avec la clé amendée", "revoir", "2041-06-01"));
        assertThat(decided.status()).isEqualTo(302);
        Page after = facilitator.follow(decided);
        assertThat(after.text()).contains("La décision est enregistrée : adoptée.").contains("<strong>Adopté</strong>")
                .contains("D'accord : 5 · avec réserves : 1 · objections : 0 · abstentions : 0")
                .contains("À revoir le " + Dates.day(LocalDate.of(2041, 6, 1), Locale.FRENCH))
                .doesNotContain("Enregistrer la décision");

        Page late = position(objectorClient, path, objector.siren(), "AGREE", "");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.text()).contains("Ce point a déjà fait l'objet d'une décision : les positions sont closes.");

        Page elu = fixture.signIn("elu-" + ACHARDS + "@demo.nouage.fr").get(path);
        assertThat(elu.status()).isEqualTo(200);
        assertThat(elu.text()).contains("Répartition des positions de 6 collectivités")
                .contains("<strong>" + objector.name() + "</strong> — D'accord avec réserves : Sous réserve d'un bilan à un an")
                .contains("Coût trop lourd pour les petites communes") // the objection stays in the history
                .doesNotContain("Enregistrer la position").doesNotContain("Répondre à l'objection");

        PageClient eluClient = fixture.signIn("elu-" + ACHARDS + "@demo.nouage.fr");
        Page fragment = eluClient.getHtmx(path + "/repartition");
        assertThat(fragment.body().strip()).startsWith("<div class=\"distribution\" id=\"repartition-" + item.id() + "\"");
        assertThat(fragment.text()).contains("Sous réserve d'un bilan à un an").contains("Décision : Adopté")
                .doesNotContain("<!DOCTYPE");
        Page withoutHtmx = eluClient.get(path + "/repartition");
        assertThat(withoutHtmx.status()).isEqualTo(302);
        assertThat(withoutHtmx.location()).endsWith(path + "#positions");
        assertThat(facilitator.get("/territoires/" + ACHARDS + "/reunions/" + meeting.id() + "/compte-rendu").body())
                .contains("hx-get=\"" + path + "/repartition\"");

        Page parity = facilitator.get("/territoires/" + ACHARDS + "/parite");
        assertThat(parity.text()).contains("Mutualisation du service commun d'instruction")
                .contains("à revoir le " + Dates.day(LocalDate.of(2041, 6, 1), Locale.FRENCH));
    }

    @Test
    void oneVoicePerCollectivityOnlyForOnesOwnAndOnlyKnownStances() {
        Meeting meeting = fixture.meeting(ACHARDS, LocalDateTime.of(2040, 3, 13, 9, 0));
        AgendaItem item = fixture.item(meeting, "Avis sur le schéma des mobilités", ItemKind.TECHNICAL_OPINION);
        String path = DeliberationFixture.path(meeting, item);
        Collectivity commune = fixture.communes(ACHARDS).get(1);
        PageClient director = fixture.director(commune);

        assertThat(director.follow(position(director, path, commune.siren(), "AGREE", "Oui")).text())
                .contains("La position a été enregistrée.");
        Page replaced = director.follow(position(director, path, commune.siren(), "ABSTAIN", "Finalement"));
        assertThat(replaced.text()).contains("La position a remplacé la précédente").contains("Abstention")
                .contains("Répartition des positions de 1 collectivité");

        Page forOther = position(director, path, fixture.communes(ACHARDS).get(2).siren(), "AGREE", "Oui");
        assertThat(forOther.status()).isEqualTo(403);
        assertThat(forOther.text()).contains("Vous ne pouvez exprimer une position qu'au nom de la collectivité que vous dirigez.");

        Page unknown = position(director, path, commune.siren(), "MAYBE", "Peut-être");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.text()).contains("Choisissez une position : d'accord, d'accord avec réserves, objection ou abstention.");
        assertThat(unknown.body()).contains("Peut-être"); // the argument is kept as typed

        assertThat(fixture.facilitator().get(path).body()).doesNotContain("name=\"collectivite\"");
        assertThat(fixture.signIn("dg-" + MORTAGNE + "@demo.nouage.fr").get(path).status()).isEqualTo(403);
        AgendaItem information = fixture.item(meeting, "Information sur le budget", ItemKind.INFORMATION);
        assertThat(director.get(DeliberationFixture.path(meeting, information)).status()).isEqualTo(404);
        assertThat(director.get("/territoires/" + ERDRE + "/reunions/" + meeting.id() + "/deliberation/" + item.id())
                .status()).isEqualTo(403);
    }

    @Test
    void decidingWithoutQuorumShowsNoQuorumAndKeepsTheItemOpen() {
        Meeting meeting = fixture.meeting(ACHARDS, LocalDateTime.of(2040, 3, 20, 9, 0));
        AgendaItem item = fixture.item(meeting, "Calendrier budgétaire commun", ItemKind.DECISION);
        String path = DeliberationFixture.path(meeting, item);
        Collectivity commune = fixture.communes(ACHARDS).get(2);
        PageClient director = fixture.director(commune);
        position(director, path, commune.siren(), "AGREE", "D'accord");

        PageClient facilitator = fixture.facilitator();
        facilitator.get(path);
        Page decided = facilitator.post(path + "/decision", Map.of("enonce", "Calendrier adopté", "revoir", ""));
        assertThat(decided.status()).isEqualTo(302);
        assertThat(facilitator.follow(decided).text()).contains("Quorum non atteint : le point reste ouvert.")
                .contains("<strong>Quorum non atteint</strong> — 1 collectivité présente (quorum : 6 requises)")
                .contains("Enregistrer la décision");
        assertThat(director.get(path).text()).contains("Enregistrer la position").contains("Ouvert aux positions");

        Page badDate = facilitator.post(path + "/decision", Map.of("enonce", "Calendrier", "revoir", "31/02/2041"));
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.text()).contains("La date de révision n'est pas une date valide.");
    }

    @Test
    void theDistributionOfSeveralItemsIsReadAtOnceWithItsReasons() {
        Meeting meeting = fixture.meeting(ACHARDS, LocalDateTime.of(2040, 3, 27, 9, 0));
        AgendaItem first = fixture.item(meeting, "Premier avis", ItemKind.TECHNICAL_OPINION);
        AgendaItem second = fixture.item(meeting, "Second avis", ItemKind.TECHNICAL_OPINION);
        List<Collectivity> communes = fixture.communes(ACHARDS);
        deliberations.express(first.id(), communes.get(0).siren(), Stance.AGREE, null,
                DeliberationFixture.director(ACHARDS, communes.get(0)));
        deliberations.express(first.id(), communes.get(1).siren(), Stance.OBJECTION, "Calendrier intenable",
                DeliberationFixture.director(ACHARDS, communes.get(1)));
        deliberations.express(first.id(), communes.get(2).siren(), Stance.RESERVATION, "À condition d'un bilan",
                DeliberationFixture.director(ACHARDS, communes.get(2)));

        var distributions = deliberations.distributions(List.of(first.id(), second.id()));

        ItemDistribution d = distributions.get(first.id());
        assertThat(d.total()).isEqualTo(3);
        assertThat(d.count(Stance.OBJECTION)).isEqualTo(1);
        assertThat(d.voices()).extracting(ItemDistribution.Voice::collectivityName, ItemDistribution.Voice::argument)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(communes.get(1).name(), "Calendrier intenable"),
                        org.assertj.core.groups.Tuple.tuple(communes.get(2).name(), "À condition d'un bilan"));
        assertThat(distributions.get(second.id()).empty()).isTrue();
        assertThat(distributions.get(second.id()).outcome()).isNull();
    }
}
