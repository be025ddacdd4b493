package fr.nouage.deliberation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.nouage.meeting.AgendaItem;
import fr.nouage.meeting.ItemKind;
import fr.nouage.meeting.Meeting;
import fr.nouage.meeting.Meetings;
import fr.nouage.support.IntegrationTest;
import fr.nouage.support.PageClient;
import fr.nouage.support.PageClient.Page;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;

/** The list of speakers of an item on Erdre et Gesvres, meetings in 2041, with and without HTMX. */
class SpeakersIT extends IntegrationTest {

    private static final Pattern TURN = Pattern.compile("<li id=\"tour-(\\d+)\"");

    @Autowired
    Meetings meetings;
    @Autowired
    Territories territories;

    private DeliberationFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new DeliberationFixture(meetings, territories, baseUrl());
    }

    private static Page ask(PageClient client, String path, String intent) {
        client.get(path);
        return client.post(path + "/orateurs", Map.of("intention", intent));
    }

    @Test
    void membersAskToSpeakTheFacilitatorGivesTheFloorAndPutsThoseNotYetHeardFirst() {
        Meeting meeting = fixture.meeting(ERDRE, LocalDateTime.of(2041, 4, 2, 9, 0));
        AgendaItem item = fixture.item(meeting, "Pacte financier et fiscal", ItemKind.DECISION);
        String path = DeliberationFixture.path(meeting, item);
        List<Collectivity> communes = fixture.communes(ERDRE).stream()
                .filter(c -> !c.siren().equals(meeting.facilitatorSiren())).toList();
        Collectivity a = communes.get(0);
        Collectivity b = communes.get(1);
        Collectivity c = communes.get(2);
        PageClient first = fixture.director(a);
        PageClient facilitator = fixture.facilitator();

        Page asked = ask(first, path, "FOR");
        assertThat(asked.status()).isEqualTo(302);
        assertThat(first.follow(asked).text()).contains("Votre demande de parole est inscrite.").contains("— pour")
                .contains("pas encore entendue");
        Page twice = ask(first, path, "AGAINST");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.text()).contains("Vous êtes déjà inscrit sur la liste des orateurs de ce point.");

        String firstTurn = PageClient.all(TURN, first.get(path).body()).get(0);
        Page notFacilitator = first.post(path + "/orateurs/" + firstTurn + "/fait", Map.of());
        assertThat(notFacilitator.status()).isEqualTo(403);
        assertThat(notFacilitator.text()).contains("Seul l'animateur de la réunion donne la parole");

        facilitator.get(path);
        Page given = facilitator.postHtmx(path + "/orateurs/" + firstTurn + "/fait", Map.of());
        assertThat(given.status()).isEqualTo(200);
        assertThat(given.body().strip()).startsWith("<section id=\"orateurs-point-" + item.id() + "\"")
                .doesNotContain("<!DOCTYPE").contains("Le tour de parole est noté.").contains("Ont parlé");

        ask(first, path, "QUESTION"); // heard already, asks again
        PageClient second = fixture.director(b);
        second.get(path);
        Page htmxAsk = second.postHtmx(path + "/orateurs", Map.of("intention", "AGAINST"));
        assertThat(htmxAsk.status()).isEqualTo(200);
        assertThat(htmxAsk.body().strip()).startsWith("<section id=\"orateurs-point-").contains("— contre");
        ask(fixture.director(c), path, "FOR");
        List<String> before = PageClient.all(TURN, facilitator.get(path).body());
        assertThat(before).hasSize(3);

        Page unknownIntent = ask(second, path, "PERHAPS");
        assertThat(unknownIntent.status()).isEqualTo(400);
        assertThat(unknownIntent.text()).contains("Indiquez si vous voulez parler pour, contre ou poser une question.");

        facilitator.get(path);
        Page prioritised = facilitator.post(path + "/orateurs/priorite", Map.of());
        assertThat(prioritised.status()).isEqualTo(302);
        Page page = facilitator.follow(prioritised);
        assertThat(page.text()).contains("Les collectivités pas encore entendues passent en premier.");
        assertThat(PageClient.all(TURN, page.body())).containsExactly(before.get(1), before.get(2), before.get(0));

        Page fragment = facilitator.getHtmx(path + "/orateurs");
        assertThat(fragment.body().strip()).startsWith("<section id=\"orateurs-point-" + item.id() + "\"")
                .contains("hx-trigger=\"every 15s\"");
        Page full = facilitator.get(path + "/orateurs");
        assertThat(full.body()).contains("<!DOCTYPE html>").contains("id=\"orateurs-point-" + item.id() + "\"")
                .contains("Orateurs : Pacte financier et fiscal");

        Page withdrawn = second.post(path + "/orateurs/" + before.get(1) + "/retrait", Map.of());
        assertThat(withdrawn.status()).isEqualTo(302);
        assertThat(PageClient.all(TURN, second.get(path).body())).containsExactly(before.get(2), before.get(0));
        assertThat(fixture.signIn("elu-" + ERDRE + "@demo.nouage.fr").get(path).body())
                .doesNotContain("name=\"intention\"").doesNotContain("/orateurs/priorite");
    }

    @Test
    void theDirectorOfTheCollectivityFacilitatingTheMeetingGivesTheFloorToo() {
        Meeting meeting = fixture.meeting(ERDRE, LocalDateTime.of(2041, 4, 9, 9, 0));
        AgendaItem item = fixture.item(meeting, "Charte des réseaux métiers", ItemKind.TECHNICAL_OPINION);
        String path = DeliberationFixture.path(meeting, item);
        Collectivity facilitating = territories.collectivity(meeting.facilitatorSiren()).orElseThrow();
        Collectivity other = fixture.communes(ERDRE).stream().filter(c -> !c.siren().equals(facilitating.siren()))
                .findFirst().orElseThrow();
        ask(fixture.director(other), path, "FOR");

        PageClient animator = fixture.director(facilitating);
        String turn = PageClient.all(TURN, animator.get(path).body()).get(0);
        Page given = animator.post(path + "/orateurs/" + turn + "/fait", Map.of());
        assertThat(given.status()).isEqualTo(302);
        assertThat(animator.follow(given).text()).contains("Le tour de parole est noté.");
    }
}
