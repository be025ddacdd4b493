package fr.nouage.meeting.web;

import static fr.nouage.platform.DateFormats.PARIS;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.nouage.support.IntegrationTest;
import fr.nouage.support.PageClient;
import fr.nouage.support.PageClient.Page;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;

/** The pages of the élus' sittings on the Erdre et Gesvres demo territory. */
class SessionPagesIT extends IntegrationTest {

    private static final String BASE = "/territoires/" + ERDRE;

    @Autowired
    Territories territories;

    private PageClient director() {
        return new PageClient(baseUrl()).signIn("dg-" + ERDRE + "@demo.nouage.fr", DEMO_PASSWORD);
    }

    /** A Thursday some weeks ahead, different for each test so that sittings do not clash. */
    private final java.util.Map<Integer, LocalDate> thursdays = new java.util.HashMap<>();

    /** A Thursday some weeks ahead on which no other test plans anything in Erdre et Gesvres (the same one within a test). */
    private LocalDate thursdayIn(int weeks) {
        return thursdays.computeIfAbsent(weeks, w -> slots().day(ERDRE,
                LocalDate.now(PARIS).plusWeeks(w).with(TemporalAdjusters.next(DayOfWeek.THURSDAY))));
    }

    private static String day(LocalDate date) {
        return DateText.day(date, Locale.FRENCH);
    }

    private static Page plan(PageClient client, Map<String, String> fields) {
        Page form = client.get(BASE + "/seances/nouvelle");
        assertThat(form.status()).isEqualTo(200);
        Map<String, String> all = new HashMap<>(fields);
        all.putIfAbsent("jeton", form.field("jeton"));
        return client.post(BASE + "/seances/nouvelle", all);
    }

    private Collectivity commune(boolean small) {
        return territories.collectivities(ERDRE).stream()
                .filter(c -> !c.isEpci() && c.active() && (c.population() < 3500) == small).findFirst().orElseThrow();
    }

    @Test
    void aConseilCommunautaireShowsTheLastDayToSendItsConvocationInJoursFrancs() {
        PageClient director = director();
        LocalDate thursday = thursdayIn(12);

        Page planned = plan(director, Map.of("body", "CONSEIL_COMMUNAUTAIRE", "startsAt", thursday + "T18:30",
                "place", "Salle du conseil, Grandchamp-des-Fontaines"));

        assertThat(planned.status()).isEqualTo(302);
        assertThat(planned.location()).matches(".*" + BASE + "/seances/\\d+$");
        Page page = director.follow(planned);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("La séance a été enregistrée")
                .contains("Conseil communautaire")
                .contains(day(thursday) + " à 18:30")
                .contains("Dernier jour d'envoi de la convocation : " + day(thursday.minusDays(6)) + ".")
                .contains("5 jours francs").contains("instance de l'EPCI")
                .contains("Salle du conseil, Grandchamp-des-Fontaines")
                .contains("Sans réunion du collectif en amont")
                .contains("/reunions/nouvelle?seance=");
    }

    @Test
    void aSmallCommunesCouncilHasThreeJoursFrancsALargeOneFiveAndAnUrgentSittingOne() {
        PageClient director = director();
        Collectivity small = commune(true);
        Collectivity large = commune(false);
        LocalDate thursday = thursdayIn(13);

        Page smallPage = director.follow(plan(director, Map.of("body", "CONSEIL_MUNICIPAL", "inseeCode",
                small.inseeCode(), "startsAt", thursday + "T20:00")));
        assertThat(smallPage.text()).contains("Conseil municipal de " + small.name())
                .contains("Dernier jour d'envoi de la convocation : " + day(thursday.minusDays(4)) + ".")
                .contains("3 jours francs").contains("moins de 3 500 habitants")
                .doesNotContain("Sans réunion du collectif en amont");

        Page largePage = director.follow(plan(director, Map.of("body", "CONSEIL_MUNICIPAL", "inseeCode",
                large.inseeCode(), "startsAt", thursday + "T20:00")));
        assertThat(largePage.text()).contains("5 jours francs").contains("3 500 habitants et plus (article L2121-12");

        Page urgent = director.follow(plan(director, Map.of("body", "BUREAU", "startsAt", thursday + "T09:00",
                "urgent", "true")));
        assertThat(urgent.text()).contains("Dernier jour d'envoi de la convocation : " + day(thursday.minusDays(2)) + ".")
                .contains("1 jour franc (").contains("l'urgence a été déclarée");
    }

    @Test
    void aConferenceDesMairesRequestedByAThirdOfTheMayorsSaysSo() {
        PageClient director = director();
        Page page = director.follow(plan(director, Map.of("body", "CONFERENCE_DES_MAIRES", "startsAt",
                thursdayIn(14) + "T18:00", "requestedByMayors", "true")));

        assertThat(page.text()).contains("Conférence des maires").contains("à la demande d'un tiers des maires");
    }

    @Test
    void refusedSittingsAreExplainedInFrenchWithTheFormKept() {
        PageClient director = director();

        Page past = plan(director, Map.of("body", "BUREAU", "startsAt", LocalDate.now(PARIS).minusDays(3) + "T18:00",
                "place", "Mairie de Sucé-sur-Erdre"));
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.text()).contains("La séance ne peut pas être dans le passé.");
        assertThat(past.field("place")).isEqualTo("Mairie de Sucé-sur-Erdre");
        assertThat(past.selected("body")).isEqualTo("BUREAU");

        Page noCommune = plan(director, Map.of("body", "CONSEIL_MUNICIPAL", "startsAt", thursdayIn(15) + "T20:00"));
        assertThat(noCommune.status()).isEqualTo(400);
        assertThat(noCommune.text()).contains("Pour un conseil municipal, indiquez");

        Page noDate = plan(director, Map.of("body", "BUREAU", "startsAt", "demain soir"));
        assertThat(noDate.status()).isEqualTo(400);
        assertThat(noDate.text()).contains("Indiquez la date et l'heure de la séance.");

        assertThat(plan(director, Map.of("body", "BUREAU", "startsAt", thursdayIn(15) + "T09:00")).status()).isEqualTo(302);
        Page clash = plan(director, Map.of("body", "BUREAU", "startsAt", thursdayIn(15) + "T18:00"));
        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.text()).contains("Cette instance siège déjà ce jour-là.");
    }

    @Test
    void aDoubleSubmittedFormPlansOneSitting() {
        PageClient director = director();
        Page form = director.get(BASE + "/seances/nouvelle");
        Map<String, String> fields = Map.of("body", "BUREAU", "startsAt", thursdayIn(16) + "T09:00",
                "jeton", form.field("jeton"));

        Page first = director.post(BASE + "/seances/nouvelle", fields);
        Page second = director.post(BASE + "/seances/nouvelle", fields);

        assertThat(first.status()).isEqualTo(302);
        assertThat(second.status()).isEqualTo(302);
        assertThat(second.location()).isEqualTo(first.location());
    }

    @Test
    void aLateConvocationIsFlaggedAndItsSendingRecordedToday() {
        PageClient director = director();
        LocalDate soon = LocalDate.now(PARIS).plusDays(3);
        Page page = director.follow(plan(director, Map.of("body", "CONFERENCE_DES_MAIRES", "startsAt",
                soon + "T18:00")));
        assertThat(page.text()).contains("Convocation en retard").contains("Enregistrer l'envoi de la convocation");
        String sessionPath = sessionPath(page);

        Page recorded = director.post(sessionPath + "/convocation", Map.of());
        assertThat(recorded.status()).isEqualTo(302);
        Page after = director.follow(recorded);
        assertThat(after.text()).contains("Convocation envoyée le " + day(LocalDate.now(PARIS)) + ".")
                .contains("Convocation envoyée après le délai légal.")
                .doesNotContain("Enregistrer l'envoi de la convocation");
    }

    @Test
    void itemsAreAddedToTheSittingsAgendaAndABlankOneIsRefused() {
        PageClient director = director();
        Page page = director.follow(plan(director, Map.of("body", "CONSEIL_COMMUNAUTAIRE", "startsAt",
                thursdayIn(17) + "T18:30")));
        String sessionPath = sessionPath(page);

        Page added = director.post(sessionPath + "/points", Map.of("title", "Pacte financier et fiscal",
                "jeton", page.field("jeton")));
        assertThat(added.status()).isEqualTo(302);
        Page after = director.follow(added);
        assertThat(after.text()).contains("<li id=\"point-").contains("Pacte financier et fiscal")
                .contains("id=\"avis-seance-");

        Page blank = director.post(sessionPath + "/points", Map.of("title", "  ", "jeton", after.field("jeton")));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.text()).contains("Indiquez un intitulé de 300 caractères au plus.");
    }

    @Test
    void anElectedMemberReadsASittingButCannotPlanOrChangeIt() {
        PageClient director = director();
        String sessionPath = sessionPath(director.follow(plan(director, Map.of("body", "CONSEIL_COMMUNAUTAIRE",
                "startsAt", thursdayIn(18) + "T18:30"))));
        PageClient elected = new PageClient(baseUrl()).signIn("elu-" + ERDRE + "@demo.nouage.fr", DEMO_PASSWORD);

        Page read = elected.get(sessionPath);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.text()).contains("Dernier jour d'envoi de la convocation")
                .doesNotContain("Enregistrer l'envoi de la convocation").doesNotContain("Ajouter le point")
                .doesNotContain("Planifier la réunion du collectif");
        assertThat(elected.get(BASE + "/seances/nouvelle").status()).isEqualTo(403);
        assertThat(elected.post(BASE + "/seances/nouvelle", Map.of("body", "BUREAU", "startsAt",
                thursdayIn(18) + "T09:00")).status()).isEqualTo(403);
        assertThat(elected.post(sessionPath + "/convocation", Map.of()).status()).isEqualTo(403);
        assertThat(elected.post(sessionPath + "/points", Map.of("title", "x")).status()).isEqualTo(403);
    }

    @Test
    void aSittingIsFoundOnlyUnderItsOwnTerritory() {
        PageClient director = director();
        String sessionPath = sessionPath(director.follow(plan(director, Map.of("body", "CONSEIL_COMMUNAUTAIRE",
                "startsAt", thursdayIn(19) + "T18:30"))));
        String id = sessionPath.substring(sessionPath.lastIndexOf('/') + 1);
        PageClient facilitator = new PageClient(baseUrl()).signIn("facilitateur@demo.nouage.fr", DEMO_PASSWORD);

        assertThat(facilitator.get(sessionPath).status()).isEqualTo(200);
        assertThat(facilitator.get("/territoires/" + ACHARDS + "/seances/" + id).status()).isEqualTo(404);
        assertThat(facilitator.post("/territoires/" + ACHARDS + "/seances/" + id + "/convocation", Map.of()).status())
                .isEqualTo(404);
        assertThat(facilitator.get(BASE + "/seances/999999999").status()).isEqualTo(404);
        PageClient otherDirector = new PageClient(baseUrl()).signIn("dg-" + ACHARDS + "@demo.nouage.fr", DEMO_PASSWORD);
        assertThat(otherDirector.get(sessionPath).status()).isEqualTo(403);
    }

    /** The path of the sitting a page shows, read from its convocation form or its item form. */
    static String sessionPath(Page page) {
        var m = java.util.regex.Pattern.compile("action=\"(/territoires/\\d+/seances/\\d+)/").matcher(page.body());
        assertThat(m.find()).as("the page shows a sitting's form").isTrue();
        return m.group(1);
    }
}
