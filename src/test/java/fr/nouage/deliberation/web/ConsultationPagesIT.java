package fr.nouage.deliberation.web;

import static fr.nouage.platform.DateFormats.PARIS;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.nouage.deliberation.Consultations;
import fr.nouage.meeting.Meetings;
import fr.nouage.support.IntegrationTest;
import fr.nouage.support.PageClient;
import fr.nouage.support.PageClient.Page;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;

/** Consultations between meetings through their pages: opening, answering, closing, results and refusals. */
class ConsultationPagesIT extends IntegrationTest {

    private static final Pattern CONSULTATION = Pattern.compile("/consultations/(\\d+)$");

    @Autowired
    Meetings meetings;
    @Autowired
    Territories territories;
    @Autowired
    Consultations consultations;
    @Autowired
    JdbcClient jdbc;

    private DeliberationFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new DeliberationFixture(meetings, territories, baseUrl());
    }

    private static String inDays(int days) {
        return LocalDateTime.now(PARIS).plusDays(days).truncatedTo(ChronoUnit.MINUTES).toString();
    }

    private static Page open(PageClient client, String territory, Map<String, String> fields) {
        Page form = client.get("/territoires/" + territory + "/consultations/nouvelle");
        assertThat(form.status()).isEqualTo(200);
        Map<String, String> all = new HashMap<>(fields);
        all.putIfAbsent("jeton", form.field("jeton"));
        all.putIfAbsent("cloture", inDays(10));
        return client.post("/territoires/" + territory + "/consultations/nouvelle", all);
    }

    private static String path(Page opened) {
        assertThat(opened.status()).as("opened").isEqualTo(302);
        Matcher m = CONSULTATION.matcher(opened.location());
        assertThat(m.find()).isTrue();
        return opened.location().substring(opened.location().indexOf("/territoires/"));
    }

    /** The option ids of the answer form, in order, read from fields named {@code <prefix><id>}. */
    private static List<String> options(Page page, String prefix) {
        return PageClient.all(Pattern.compile("name=\"" + prefix + "(\\d+)\""), page.body()).stream().distinct().toList();
    }

    private static Page answer(PageClient client, String path, String siren, Map<String, String> fields) {
        client.get(path);
        Map<String, String> all = new HashMap<>(fields);
        all.put("collectivite", siren);
        return client.post(path + "/reponse", all);
    }

    @Test
    void aRankedChoiceIsCountedByInstantRunoffOnceClosed() {
        PageClient opener = fixture.signIn("dg-" + ANCENIS + "@demo.nouage.fr");
        Map<String, String> fields = Map.of("nature", "RANKED_CHOICE", "titre", "Lieu du séminaire annuel", "texte", "",
                "options", "Ancenis\nLigné\nVarades\nRiaillé", "jeton", "jeton-classement-" + System.nanoTime());
        Page opened = open(opener, ANCENIS, fields);
        String path = path(opened);
        assertThat(path(open(opener, ANCENIS, fields))).as("the same form submitted twice opens one").isEqualTo(path);
        Page openedPage = opener.follow(opened);
        assertThat(openedPage.text()).contains("La consultation est ouverte");
        List<String> o = options(openedPage, "rang-");
        assertThat(o).hasSize(4);
        String a = o.get(0), b = o.get(1), c = o.get(2), d = o.get(3);

        // the ballots of InstantRunoffTest: 3 × A>B>C, 2 × B>C>A, 2 × C>B>A, 1 × D>C>B, 1 × D>B: B wins in round 3
        List<Map<String, String>> ballots = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ballots.add(Map.of("rang-" + a, "1", "rang-" + b, "2", "rang-" + c, "3"));
        }
        for (int i = 0; i < 2; i++) {
            ballots.add(Map.of("rang-" + b, "1", "rang-" + c, "2", "rang-" + a, "3"));
            ballots.add(Map.of("rang-" + c, "1", "rang-" + b, "2", "rang-" + a, "3"));
        }
        ballots.add(Map.of("rang-" + d, "1", "rang-" + c, "2", "rang-" + b, "3"));
        ballots.add(Map.of("rang-" + d, "1", "rang-" + b, "2"));
        List<Collectivity> communes = fixture.communes(ANCENIS);
        PageClient firstDirector = fixture.director(communes.get(0));
        String told = "Consultation ouverte entre les réunions : « Lieu du séminaire annuel »";
        await().atMost(Duration.ofSeconds(20)).until(() -> firstDirector.get("/notifications").text().contains(told));
        assertThat(opener.get("/notifications").text()).doesNotContain(told);
        assertThat(answer(firstDirector, path, communes.get(0).siren(), Map.of("rang-" + d, "1")).status()).isEqualTo(302);
        Page changed = answer(firstDirector, path, communes.get(0).siren(), ballots.get(0));
        assertThat(firstDirector.follow(changed).text()).contains("La réponse de votre collectivité a remplacé la précédente.")
                .contains("Le résultat et les réponses seront visibles à la clôture.").doesNotContain("Tour 1");
        for (int i = 1; i < ballots.size(); i++) {
            assertThat(answer(fixture.director(communes.get(i)), path, communes.get(i).siren(), ballots.get(i)).status())
                    .isEqualTo(302);
        }

        Page forOther = answer(firstDirector, path, communes.get(15).siren(), ballots.get(0));
        assertThat(forOther.status()).isEqualTo(403);
        assertThat(forOther.text()).contains("Vous ne pouvez répondre qu'au nom de la collectivité que vous dirigez.");
        Page sameRank = answer(firstDirector, path, communes.get(0).siren(), Map.of("rang-" + a, "1", "rang-" + b, "1"));
        assertThat(sameRank.status()).isEqualTo(400);
        assertThat(sameRank.text()).contains("Classez au moins une option, chaque rang n'étant donné qu'une fois.");

        assertThat(fixture.facilitator().get(path).text()).contains("Résultat provisoire").contains("Option retenue : Ligné");

        opener.get(path);
        Page closed = opener.post(path + "/cloture", Map.of());
        assertThat(closed.status()).isEqualTo(302);
        Page result = opener.follow(closed);
        assertThat(result.text()).contains("La consultation est close : le résultat est calculé.")
                .contains("Option retenue : Ligné").contains("Tour 3").contains("9 collectivités sur 21")
                .doesNotContain("Clore maintenant");

        await().atMost(Duration.ofSeconds(20)).until(() -> firstDirector.get("/notifications").text()
                .contains("Consultation close : « Lieu du séminaire annuel »"));
        Page late = answer(firstDirector, path, communes.get(0).siren(), ballots.get(1));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.text()).contains("La consultation est close : les réponses ne sont plus acceptées.");
        assertThat(firstDirector.get(path).text()).contains("Option retenue : Ligné");
        assertThat(firstDirector.get("/territoires/" + ANCENIS + "/consultations").text())
                .contains("Lieu du séminaire annuel").contains("9 sur 21").contains("a répondu");
    }

    @Test
    void pointsConsentAndDatePollsRefuseWhatDoesNotFit() {
        PageClient opener = fixture.facilitator();
        Page oneOption = open(opener, ACHARDS, Map.of("nature", "SINGLE_CHOICE", "titre", "Prestataire", "options", "Seul"));
        assertThat(oneOption.status()).isEqualTo(400);
        assertThat(oneOption.text()).contains("Indiquez de 2 à 20 options différentes, une par ligne.");
        assertThat(oneOption.field("titre")).isEqualTo("Prestataire");
        Page past = open(opener, ACHARDS, Map.of("nature", "ADVICE", "titre", "Avis", "texte", "Question ?",
                "cloture", inDays(-1)));
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.text()).contains("La date de clôture doit être à venir");

        Collectivity commune = fixture.communes(ACHARDS).get(3);
        PageClient director = fixture.director(commune);

        String points = path(open(opener, ACHARDS, Map.of("nature", "POINTS", "titre", "Priorités 2031",
                "options", "Voirie\nPetite enfance", "points", "10")));
        List<String> p = options(director.get(points), "points-");
        Page wrongSum = answer(director, points, commune.siren(), Map.of("points-" + p.get(0), "6", "points-" + p.get(1), "6"));
        assertThat(wrongSum.status()).isEqualTo(400);
        assertThat(wrongSum.text()).contains("Répartissez exactement 10 points, sans nombre négatif.");
        assertThat(answer(director, points, commune.siren(), Map.of("points-" + p.get(0), "7", "points-" + p.get(1), "3"))
                .status()).isEqualTo(302);
        assertThat(opener.get(points).body()).contains("Voirie<span class=\"badge\">en tête</span>");

        String consent = path(open(opener, ACHARDS, Map.of("nature", "CONSENT", "titre", "Règlement des astreintes",
                "texte", "Adopter le règlement commun des astreintes")));
        Page unknown = answer(director, consent, commune.siren(), Map.of("stance", "MAYBE"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.text()).contains("Choisissez une position");
        Page unmotivated = answer(director, consent, commune.siren(), Map.of("stance", "OBJECTION", "commentaire", ""));
        assertThat(unmotivated.status()).isEqualTo(400);
        assertThat(answer(director, consent, commune.siren(), Map.of("stance", "OBJECTION", "commentaire",
                "Astreintes trop lourdes")).status()).isEqualTo(302);
        assertThat(opener.get(consent).text()).contains("Proposition non consentie : au moins une objection.")
                .contains("Astreintes trop lourdes");

        LocalDateTime day = LocalDateTime.of(2031, 9, 15, 9, 0);
        String poll = path(open(opener, ACHARDS, Map.of("nature", "DATE_POLL", "titre", "Prochaine réunion",
                "date-1", day.toString(), "date-2", day.plusDays(1).toString(), "date-3", "")));
        List<String> dates = options(director.get(poll), "dispo-");
        assertThat(dates).hasSize(2);
        assertThat(answer(director, poll, commune.siren(), Map.of("dispo-" + dates.get(1), "1")).status()).isEqualTo(302);
        Collectivity other = fixture.communes(ACHARDS).get(4);
        assertThat(answer(fixture.director(other), poll, other.siren(), Map.of("dispo-" + dates.get(0), "1",
                "dispo-" + dates.get(1), "1")).status()).isEqualTo(302);
        assertThat(opener.get(poll).body()).contains("mardi 16 septembre 2031 à 09:00<span class=\"badge\">en tête</span>");

        assertThat(fixture.signIn("elu-" + ACHARDS + "@demo.nouage.fr").get("/territoires/" + ACHARDS
                + "/consultations/nouvelle").status()).isEqualTo(403);
        assertThat(fixture.signIn("dg-" + MORTAGNE + "@demo.nouage.fr").get(poll).status()).isEqualTo(403);
    }

    @Test
    void dueConsultationsCloseExactlyOnceWhateverTheNumberOfCallers() throws Exception {
        PageClient opener = fixture.facilitator();
        String advice = path(open(opener, ERDRE, Map.of("nature", "ADVICE", "titre", "Retour sur le séminaire",
                "texte", "Qu'en retenez-vous ?")));
        long id = Long.parseLong(advice.substring(advice.lastIndexOf('/') + 1));
        jdbc.sql("update consultation set closes_at = closes_at - interval '20' day where id = ?").param(id).update();

        var first = CompletableFuture.supplyAsync(consultations::closeDue);
        var second = CompletableFuture.supplyAsync(consultations::closeDue);
        List<Long> closed = new ArrayList<>(first.get());
        closed.addAll(second.get());

        assertThat(closed).containsOnlyOnce(id);
        assertThat(consultations.closeDue()).doesNotContain(id);
        assertThat(opener.get(advice).text()).contains("close le");
    }
}
