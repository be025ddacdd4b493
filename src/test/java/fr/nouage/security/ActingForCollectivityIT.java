package fr.nouage.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import fr.nouage.account.Account;
import fr.nouage.account.Accounts;
import fr.nouage.account.NouageUser;
import fr.nouage.account.RoleAssignment;
import fr.nouage.deliberation.Consultation;
import fr.nouage.deliberation.ConsultationKind;
import fr.nouage.deliberation.Consultations;
import fr.nouage.meeting.AgendaItem;
import fr.nouage.meeting.ItemKind;
import fr.nouage.meeting.Meeting;
import fr.nouage.meeting.Meetings;
import fr.nouage.support.ApiClient;
import fr.nouage.support.IntegrationTest;
import fr.nouage.support.PageClient;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;

/**
 * A director who also directs a commune in a second territory never acts, in that second territory,
 * for the commune of the first: no position (an objection would block the decision), no
 * consultation answer, no attendance, by the pages or the API; acting for their own commune there
 * still works. On the CC des Portes de Romilly sur Seine and the CC Coeur de Tarentaise, which no other
 * test uses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActingForCollectivityIT extends IntegrationTest {

    private static final String FIRST = "200000545";
    private static final String SECOND = "200023299";

    @Autowired
    Territories territories;
    @Autowired
    Accounts accounts;
    @Autowired
    Meetings meetings;
    @Autowired
    Consultations consultations;

    private String firstCommune;
    private String secondCommune;
    private String email;
    private Meeting meeting;
    private AgendaItem item;
    private Consultation consultation;

    @BeforeAll
    void aDirectorInBothTerritories() {
        for (String siren : List.of(FIRST, SECOND)) {
            if (!territories.exists(siren)) {
                territories.create(siren);
            }
        }
        firstCommune = commune(FIRST);
        secondCommune = commune(SECOND);
        email = "double-" + UUID.randomUUID() + "@test.nouage.fr";
        Account account = accounts.create(email, "Direction partagée", DEMO_PASSWORD);
        accounts.assign(account.id(), RoleAssignment.director(FIRST, firstCommune));
        accounts.assign(account.id(), RoleAssignment.director(SECOND, secondCommune));
        NouageUser user = new NouageUser(account.id(), email, "Direction partagée",
                accounts.find(account.id()).orElseThrow().roles());
        meeting = meetings.schedule(SECOND, new Meetings.NewMeeting(LocalDateTime.of(2045, 6, 12, 9, 0), null, null,
                null, null, null));
        item = meetings.propose(meeting.id(), new Meetings.ProposedItem("Schéma de mutualisation", "Texte", ItemKind.DECISION,
                false, null, false), user);
        consultation = consultations.open(SECOND, new Consultations.NewConsultation(ConsultationKind.CONSENT,
                "Charte des achats", "Texte soumis", Instant.now().plus(20, ChronoUnit.DAYS), List.of(), List.of(), null,
                null), user);
    }

    private String commune(String territory) {
        return territories.collectivities(territory).stream().filter(c -> !c.isEpci() && c.active())
                .map(Collectivity::siren).findFirst().orElseThrow();
    }

    @Test
    void theApiRefusesActsForACommuneOfTheOtherTerritory() {
        ApiClient api = api().signIn(email, DEMO_PASSWORD);

        assertThat(api.post("/api/v1/items/" + item.id() + "/positions", Map.of("collectivitySiren", firstCommune,
                "stance", "OBJECTION", "argument", "Bloquer la décision")).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/territories/" + SECOND + "/consultations/" + consultation.id() + "/answers",
                Map.of("collectivitySiren", firstCommune, "stance", "OBJECTION")).status()).isEqualTo(403);
        assertThat(api.put("/api/v1/meetings/" + meeting.id() + "/attendance", Map.of(firstCommune, "PRESENT"))
                .status()).isBetween(400, 499);

        String positions = api.get("/api/v1/items/" + item.id() + "/positions").body();
        assertThat(positions).doesNotContain(firstCommune);
        assertThat(api.post("/api/v1/items/" + item.id() + "/positions", Map.of("collectivitySiren", secondCommune,
                "stance", "AGREE")).status()).as("acting for their own commune of the territory").isBetween(200, 201);
    }

    @Test
    void thePagesRefuseActsForACommuneOfTheOtherTerritory() {
        PageClient web = new PageClient(baseUrl()).signIn(email, DEMO_PASSWORD);
        String itemPage = "/territoires/" + SECOND + "/reunions/" + meeting.id() + "/deliberation/" + item.id();
        web.get(itemPage);
        PageClient.Page position = web.post(itemPage + "/position", Map.of("collectivite", firstCommune, "stance",
                "OBJECTION", "argument", "Bloquer la décision"));
        assertThat(position.status()).isEqualTo(403);

        String consultationPage = "/territoires/" + SECOND + "/consultations/" + consultation.id();
        web.get(consultationPage);
        PageClient.Page answer = web.post(consultationPage + "/reponse", Map.of("collectivite", firstCommune, "stance",
                "OBJECTION"));
        assertThat(answer.status()).isEqualTo(403);

        assertThat(consultations.answers(consultation.id())).noneMatch(a -> a.collectivitySiren().equals(firstCommune));
        assertThat(web.get(itemPage).text()).doesNotContain("Bloquer la décision");
    }
}
