package fr.nouage.meeting.web;

import static fr.nouage.platform.DateFormats.PARIS;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.nouage.meeting.Meetings;
import fr.nouage.meeting.RotationTurn;
import fr.nouage.support.IntegrationTest;
import fr.nouage.support.PageClient;
import fr.nouage.support.PageClient.Page;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;

/** The pages of the collective's meetings on the Pays des Achards demo territory. */
class MeetingPagesIT extends IntegrationTest {

    private static final String BASE = "/territoires/" + ACHARDS;
    private static final Pattern MEETING_PATH = Pattern.compile("(/territoires/\\d+/reunions/\\d+)");

    @Autowired
    Territories territories;
    @Autowired
    Meetings meetings;
    @Autowired
    JdbcClient jdbc;

    private PageClient epciDirector() {
        return new PageClient(baseUrl()).signIn("dg-" + ACHARDS + "@demo.nouage.fr", DEMO_PASSWORD);
    }

    private Collectivity commune(int index) {
        return territories.collectivities(ACHARDS).stream().filter(c -> !c.isEpci() && c.active()).toList().get(index);
    }

    private PageClient communeDirector(Collectivity commune) {
        return new PageClient(baseUrl()).signIn("dgs-" + commune.inseeCode() + "@demo.nouage.fr", DEMO_PASSWORD);
    }

    private PageClient facilitator() {
        return new PageClient(baseUrl()).signIn("facilitateur@demo.nouage.fr", DEMO_PASSWORD);
    }

    private String name(String siren) {
        return territories.collectivity(siren).orElseThrow().name();
    }

    private final java.util.Map<Integer, LocalDate> tuesdays = new java.util.HashMap<>();

    /** A Tuesday some weeks ahead on which no other test plans anything in the Achards (the same one within a test). */
    private LocalDate tuesdayIn(int weeks) {
        return tuesdays.computeIfAbsent(weeks, w -> slots().day(ACHARDS,
                LocalDate.now(PARIS).plusWeeks(w).with(TemporalAdjusters.next(DayOfWeek.TUESDAY))));
    }

    private static Page plan(PageClient client, Map<String, String> fields) {
        Page form = client.get(BASE + "/reunions/nouvelle");
        assertThat(form.status()).isEqualTo(200);
        Map<String, String> all = new HashMap<>(fields);
        all.putIfAbsent("jeton", form.field("jeton"));
        return client.post(BASE + "/reunions/nouvelle", all);
    }

    private static String path(Page redirect) {
        Matcher m = MEETING_PATH.matcher(redirect.location());
        assertThat(m.find()).as("redirected to a meeting: " + redirect.location()).isTrue();
        return m.group(1);
    }

    @Test
    void theFormProposesTheRotationsTurnAndThePlannedMeetingShowsItsFacts() {
        PageClient director = epciDirector();
        RotationTurn turn = meetings.proposeTurn(ACHARDS, LocalDate.now(PARIS));

        Page form = director.get(BASE + "/reunions/nouvelle");
        assertThat(form.selected("hostSiren")).isEqualTo(turn.hostSiren());
        assertThat(form.selected("facilitatorSiren")).isEqualTo(turn.facilitatorSiren());
        assertThat(form.text()).contains("l'ordre du jour est figé 48 heures avant la réunion");

        LocalDate tuesday = tuesdayIn(5);
        Page planned = director.post(BASE + "/reunions/nouvelle", Map.of("startsAt", tuesday + "T09:00",
                "endsAt", tuesday + "T11:30", "place", "Salle des fêtes", "hostSiren", form.selected("hostSiren"),
                "facilitatorSiren", form.selected("facilitatorSiren"), "jeton", form.field("jeton")));
        assertThat(planned.status()).isEqualTo(302);
        Page page = director.follow(planned);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("La réunion a été planifiée.")
                .contains(DateText.day(tuesday, Locale.FRENCH) + " à 09:00 – 11:30")
                .contains("Salle des fêtes")
                .contains("<dt>Accueil</dt><dd>" + name(turn.hostSiren()) + "</dd>")
                .contains("<dt>Animation</dt><dd>" + name(turn.facilitatorSiren()) + "</dd>")
                .contains("ordre du jour figé 48 heures avant").contains("règles par défaut")
                .contains("sera figé le " + DateText.day(tuesday.minusDays(2), Locale.FRENCH) + " à 09:00")
                .contains("id=\"compte-rendu\"").contains("id=\"documents\"").contains("id=\"convocation-statut\"");
        Page list = director.get(BASE + "/reunions");
        assertThat(list.text()).contains(path(planned)).contains(DateText.day(tuesday, Locale.FRENCH) + " à 09:00");
    }

    @Test
    void theUserOverridesTheRotation() {
        PageClient director = epciDirector();
        Collectivity chosen = commune(3);

        Page page = director.follow(plan(director, Map.of("startsAt", tuesdayIn(6) + "T14:00",
                "hostSiren", chosen.siren(), "facilitatorSiren", chosen.siren())));

        assertThat(page.text()).contains("<dt>Accueil</dt><dd>" + chosen.name() + "</dd>")
                .contains("<dt>Animation</dt><dd>" + chosen.name() + "</dd>");
    }

    @Test
    void refusedMeetingsAreExplainedInFrenchWithTheFormKept() {
        PageClient director = epciDirector();
        LocalDate tuesday = tuesdayIn(7);

        Page endBeforeStart = plan(director, Map.of("startsAt", tuesday + "T11:00", "endsAt", tuesday + "T09:00",
                "place", "Mairie de La Mothe-Achard"));
        assertThat(endBeforeStart.status()).isEqualTo(400);
        assertThat(endBeforeStart.text()).contains("La réunion doit finir après avoir commencé.");
        assertThat(endBeforeStart.field("place")).isEqualTo("Mairie de La Mothe-Achard");
        assertThat(endBeforeStart.field("startsAt")).isEqualTo(tuesday + "T11:00");

        Page past = plan(director, Map.of("startsAt", LocalDate.now(PARIS).minusDays(2) + "T09:00"));
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.text()).contains("La réunion ne peut pas être dans le passé.");

        LocalDateTime soon = LocalDateTime.now(PARIS).plusHours(10).truncatedTo(ChronoUnit.MINUTES);
        Page freezePassed = plan(director, Map.of("startsAt", soon.toString()));
        assertThat(freezePassed.status()).isEqualTo(400);
        assertThat(freezePassed.text()).contains("Trop tard : l'ordre du jour aurait déjà dû être figé (48 heures");

        Page noDate = plan(director, Map.of("startsAt", ""));
        assertThat(noDate.status()).isEqualTo(400);
        assertThat(noDate.text()).contains("Indiquez la date et l'heure de la réunion.");

        assertThat(plan(director, Map.of("startsAt", tuesday + "T09:00")).status()).isEqualTo(302);
        Page clash = plan(director, Map.of("startsAt", tuesday + "T10:00", "endsAt", tuesday + "T12:00"));
        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.text()).contains("Une autre réunion du collectif a lieu sur ce créneau.");
    }

    @Test
    void aDoubleClickedSubmitPlansOneMeeting() {
        PageClient director = epciDirector();
        LocalDate tuesday = tuesdayIn(8);
        Page form = director.get(BASE + "/reunions/nouvelle");
        Map<String, String> fields = Map.of("startsAt", tuesday + "T09:00", "jeton", form.field("jeton"));

        Page first = director.post(BASE + "/reunions/nouvelle", fields);
        Page second = director.post(BASE + "/reunions/nouvelle", fields);

        assertThat(first.status()).isEqualTo(302);
        assertThat(second.location()).isEqualTo(first.location());
        long sameDay = meetings.between(ACHARDS, tuesday, tuesday.plusDays(1)).size();
        assertThat(sameDay).isEqualTo(1);
    }

    @Test
    void aDirectorProposesAnItemThatPreparesAnItemOfAnUpcomingSitting() {
        PageClient epci = epciDirector();
        LocalDate tuesday = tuesdayIn(3);
        Page sessionForm = epci.get(BASE + "/seances/nouvelle");
        Page sitting = epci.follow(epci.post(BASE + "/seances/nouvelle", Map.of("body", "CONSEIL_COMMUNAUTAIRE",
                "startsAt", tuesday.plusDays(2) + "T18:30", "jeton", sessionForm.field("jeton"))));
        String sittingPath = SessionPagesIT.sessionPath(sitting);
        epci.post(sittingPath + "/points", Map.of("title", "Schéma de mutualisation", "jeton", sitting.field("jeton")));
        String meeting = path(plan(epci, Map.of("startsAt", tuesday + "T09:00")));

        Collectivity commune = commune(1);
        PageClient director = communeDirector(commune);
        Page page = director.get(meeting);
        Matcher option = Pattern.compile("<option value=\"(\\d+)\"[^>]*>1\\. Schéma de mutualisation</option>")
                .matcher(page.body());
        assertThat(option.find()).as("the sitting's item is offered").isTrue();

        Page proposed = director.post(meeting + "/points", Map.of("title", "Mutualiser l'instruction ADS",
                "description", "Point préparé avec le service commun.", "kind", "TECHNICAL_OPINION", "sensitive", "true",
                "sessionItem", option.group(1), "destination", "ici", "jeton", page.field("jeton")));
        assertThat(proposed.status()).isEqualTo(302);
        Page after = director.follow(proposed);
        assertThat(after.text()).contains("Le point a été ajouté à l'ordre du jour.")
                .contains("Mutualiser l'instruction ADS").contains("Point préparé avec le service commun.")
                .contains("<td>Avis technique</td>").contains("sujet sensible").doesNotContain(">ajouté en urgence<")
                .contains("<td>" + commune.name() + "</td>")
                .contains("— Schéma de mutualisation</a>");

        Page blank = director.post(meeting + "/points", Map.of("title", "", "description", "gardée",
                "kind", "DECISION", "jeton", after.field("jeton")));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.text()).contains("Indiquez un intitulé de 300 caractères au plus.").contains(">gardée</textarea>");
        assertThat(blank.selected("kind")).isEqualTo("DECISION");
    }

    @Test
    void afterTheFreezeADirectorProposesForTheNextMeetingAndOnlyTheFacilitatorAddsUrgentItems() {
        PageClient epci = epciDirector();
        String frozen = path(plan(epci, Map.of("startsAt", tuesdayIn(1) + "T09:00")));
        String next = path(plan(epci, Map.of("startsAt", tuesdayIn(2) + "T09:00")));
        long frozenId = Long.parseLong(frozen.substring(frozen.lastIndexOf('/') + 1));
        jdbc.sql("update meeting set agenda_freezes_at = ? where id = ?")
                .params(java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(3600)), frozenId).update();

        PageClient director = communeDirector(commune(2));
        Page page = director.get(frozen);
        assertThat(page.text()).contains("figé depuis le").contains("L'ordre du jour est figé")
                .contains("Proposer pour la réunion suivante").doesNotContain(">Proposer le point<")
                .doesNotContain("Ajouter en urgence");

        Page tooLate = director.post(frozen + "/points", Map.of("title", "Trop tard", "kind", "INFORMATION",
                "destination", "ici", "jeton", page.field("jeton")));
        assertThat(tooLate.status()).isEqualTo(409);
        assertThat(tooLate.text()).contains("L'ordre du jour est figé : proposez ce point pour la réunion suivante");
        Page notUrgent = director.post(frozen + "/points", Map.of("title", "Pas urgent", "kind", "INFORMATION",
                "destination", "urgent", "jeton", page.field("jeton")));
        assertThat(notUrgent.status()).isEqualTo(409);

        Page moved = director.post(frozen + "/points", Map.of("title", "Recrutements saisonniers", "kind", "EXCHANGE",
                "destination", "suivante", "jeton", page.field("jeton")));
        assertThat(moved.status()).isEqualTo(302);
        assertThat(path(moved)).isEqualTo(next);
        assertThat(director.follow(moved).text()).contains("le point a été inscrit à cette réunion suivante")
                .contains("Recrutements saisonniers");
        assertThat(director.get(frozen).text()).doesNotContain("Recrutements saisonniers");

        PageClient facilitator = facilitator();
        Page facilitated = facilitator.get(frozen);
        assertThat(facilitated.text()).contains("Ajouter en urgence à cette réunion");
        Page urgent = facilitator.post(frozen + "/points", Map.of("title", "Intempéries : solidarité",
                "kind", "DECISION", "destination", "urgent", "jeton", facilitated.field("jeton")));
        assertThat(urgent.status()).isEqualTo(302);
        assertThat(facilitator.follow(urgent).text()).contains("Intempéries : solidarité").contains(">ajouté en urgence<")
                .contains("<td>l'animation</td>");
    }

    @Test
    void aDirectorRecordsTheAttendanceOfTheirOwnCollectivityAndTheFacilitatorOfAll() {
        String meeting = path(plan(epciDirector(), Map.of("startsAt", tuesdayIn(9) + "T09:00")));
        Collectivity own = commune(4);
        Collectivity other = commune(5);
        PageClient director = communeDirector(own);

        Page page = director.get(meeting);
        assertThat(page.body()).contains("name=\"presence-" + own.siren() + "\"")
                .doesNotContain("name=\"presence-" + other.siren() + "\"");
        Page saved = director.post(meeting + "/presences", Map.of("presence-" + own.siren(), "REPRESENTED"));
        assertThat(saved.status()).isEqualTo(302);
        Page after = director.follow(saved);
        assertThat(after.text()).contains("Les présences ont été enregistrées.");
        assertThat(after.selected("presence-" + own.siren())).isEqualTo("REPRESENTED");
        assertThat(director.post(meeting + "/presences", Map.of("presence-" + other.siren(), "PRESENT")).status())
                .isEqualTo(403);

        PageClient facilitator = facilitator();
        Page all = facilitator.get(meeting);
        List<String> selects = PageClient.all(Pattern.compile("name=\"(presence-\\d+)\""), all.body());
        assertThat(selects).hasSize(10).contains("presence-" + other.siren(), "presence-" + ACHARDS);
        Page fragment = facilitator.postHtmx(meeting + "/presences", Map.of("presence-" + other.siren(), "EXCUSED"));
        assertThat(fragment.status()).isEqualTo(200);
        assertThat(fragment.body()).startsWith("<div id=\"presences-bloc\">").doesNotContain("<html");
        assertThat(fragment.text()).contains("Les présences ont été enregistrées.");
        assertThat(fragment.selected("presence-" + other.siren())).isEqualTo("EXCUSED");
        assertThat(director.get(meeting).text()).contains(">Excusée<");
    }

    @Test
    void aMeetingIsShownOnlyUnderItsTerritoryAndAnElectedMemberOnlyReadsIt() {
        String meeting = path(plan(epciDirector(), Map.of("startsAt", tuesdayIn(10) + "T09:00")));
        String id = meeting.substring(meeting.lastIndexOf('/') + 1);
        PageClient facilitator = facilitator();
        assertThat(facilitator.get("/territoires/" + MORTAGNE + "/reunions/" + id).status()).isEqualTo(404);
        assertThat(facilitator.post("/territoires/" + MORTAGNE + "/reunions/" + id + "/points",
                Map.of("title", "x", "kind", "INFORMATION")).status()).isEqualTo(404);
        assertThat(facilitator.get(BASE + "/reunions/999999999").status()).isEqualTo(404);

        PageClient elected = new PageClient(baseUrl()).signIn("elu-" + ACHARDS + "@demo.nouage.fr", DEMO_PASSWORD);
        Page read = elected.get(meeting);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.text()).contains("Ordre du jour").doesNotContain("Proposer un point")
                .doesNotContain("Enregistrer les présences");
        assertThat(elected.get(BASE + "/reunions/nouvelle").status()).isEqualTo(403);
        assertThat(elected.post(meeting + "/points", Map.of("title", "x", "kind", "INFORMATION")).status())
                .isEqualTo(403);
        assertThat(new PageClient(baseUrl()).signIn("dg-" + ERDRE + "@demo.nouage.fr", DEMO_PASSWORD).get(meeting)
                .status()).isEqualTo(403);
    }

    @Test
    void theRotaCountsWhoHostedAndFacilitatedAndNamesTheNextTurn() {
        int year = tuesdayIn(11).getYear();
        Collectivity host = commune(6);
        Collectivity animator = commune(7);
        PageClient director = epciDirector();
        int before = hosted(director.get(BASE + "/rotation?annee=" + year), host.name());
        plan(director, Map.of("startsAt", tuesdayIn(11) + "T09:00", "hostSiren", host.siren(),
                "facilitatorSiren", animator.siren()));

        Page rota = director.get(BASE + "/rotation?annee=" + year);

        assertThat(rota.status()).isEqualTo(200);
        assertThat(hosted(rota, host.name())).isEqualTo(before + 1);
        RotationTurn next = meetings.proposeTurn(ACHARDS, year == LocalDate.now(PARIS).getYear()
                ? LocalDate.now(PARIS) : LocalDate.of(year, 1, 1));
        assertThat(rota.text()).contains("Prochain tour proposé : accueil par " + name(next.hostSiren())
                + ", animation par " + name(next.facilitatorSiren()) + ".");
        assertThat(director.get(BASE + "/rotation?annee=3000").status()).isEqualTo(404);
    }

    /** The number of meetings a collectivité hosted, read from the rota's row. */
    private static int hosted(Page rota, String name) {
        Matcher m = Pattern.compile(Pattern.quote(name) + "\\s*</th>\\s*<td class=\"num\">(\\d+)</td>")
                .matcher(rota.text());
        assertThat(m.find()).as("row of " + name).isTrue();
        return Integer.parseInt(m.group(1));
    }
}
