package fr.nouage.accompaniment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import fr.nouage.support.ApiClient;
import fr.nouage.support.IntegrationTest;

/** The seminars' API as issue 20 describes it: building, posting on the wall, reading it, hiding. */
class SeminarApiIT extends IntegrationTest {

    ApiClient as(String email) {
        return api().signIn(email, DEMO_PASSWORD);
    }

    ApiClient coordinator() {
        return as("coordination@demo.nouage.fr");
    }

    long seminar(String title, String... territories) {
        var created = coordinator().post("/api/v1/seminars", Map.of("title", title, "on", "2027-03-18",
                "territories", List.of(territories)));
        assertThat(created.status()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    static List<String> texts(JsonNode wall, String category) {
        List<String> texts = new ArrayList<>();
        wall.get(category).forEach(v -> texts.add(v.get("text").asString()));
        return texts;
    }

    @Test
    void theCoordinatorBuildsASeminarWithALongEnoughCode() {
        var created = coordinator().post("/api/v1/seminars", Map.of("title", "Séminaire régional — essai API",
                "on", "2027-03-18", "territories", List.of(MORTAGNE, ACHARDS)));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("id").asLong()).isPositive();
        assertThat(created.json().get("code").asString()).matches("[A-Z2-9]{8}");
        // a director does not build seminars; an unknown territory cannot be invited
        assertThat(as("dg-" + MORTAGNE + "@demo.nouage.fr").post("/api/v1/seminars", Map.of("title", "Intrus",
                "on", "2027-03-18", "territories", List.of(MORTAGNE))).status()).isEqualTo(403);
        assertThat(coordinator().post("/api/v1/seminars", Map.of("title", "Ailleurs", "on", "2027-03-18",
                "territories", List.of("999999999"))).status()).isEqualTo(400);
        assertThat(coordinator().post("/api/v1/seminars", Map.of("title", " ", "on", "2027-03-18",
                "territories", List.of(MORTAGNE))).status()).isEqualTo(400);
    }

    @Test
    void invitedParticipantsPostAndTheWallGroupsThemByCategoryWithoutHiddenOnes() {
        long id = seminar("Mur de l'API", MORTAGNE, ACHARDS);
        String verbatims = "/api/v1/seminars/" + id + "/verbatims";
        ApiClient director = as("dg-" + MORTAGNE + "@demo.nouage.fr");
        ApiClient elu = as("elu-" + ACHARDS + "@demo.nouage.fr");
        var posted = director.post(verbatims, Map.of("category", "SUCCESS_FACTOR", "text",
                "Un <b>binôme</b> DGS–SG qui porte la démarche <script>x()</script>"));
        assertThat(posted.status()).isEqualTo(201);
        long first = posted.json().get("id").asLong();
        assertThat(elu.post(verbatims, Map.of("category", "QUESTION", "text", "Quelle place pour les élus ?"))
                .status()).isEqualTo(201);
        long other = director.post(verbatims, Map.of("category", "SUCCESS_FACTOR", "text", "Se connaître avant tout"))
                .json().get("id").asLong();

        JsonNode wall = director.get("/api/v1/seminars/" + id + "/wall").json();
        assertThat(texts(wall, "SUCCESS_FACTOR")).containsExactly("Un binôme DGS–SG qui porte la démarche x()",
                "Se connaître avant tout");
        assertThat(texts(wall, "QUESTION")).containsExactly("Quelle place pour les élus ?");
        assertThat(wall.get("OBSTACLE")).isEmpty();
        assertThat(wall.get("ECHO")).isEmpty();
        assertThat(wall.get("SUCCESS_FACTOR").get(0).get("votes").asInt()).isZero();

        // a director may not hide; the facilitator of an invited territory does
        assertThat(director.post(verbatims + "/" + first + "/hide", Map.of()).status()).isEqualTo(403);
        assertThat(as("facilitateur@demo.nouage.fr").post(verbatims + "/" + first + "/hide", Map.of()).status())
                .isEqualTo(200);
        JsonNode after = elu.get("/api/v1/seminars/" + id + "/wall").json();
        assertThat(after.get("SUCCESS_FACTOR")).extracting(v -> v.get("id").asLong()).containsExactly(other);
    }

    @Test
    void badTextsAndUnknownCategoriesAreRefusedAndNothingIsStored() {
        long id = seminar("Mur des refus", MORTAGNE);
        String verbatims = "/api/v1/seminars/" + id + "/verbatims";
        ApiClient director = as("dg-" + MORTAGNE + "@demo.nouage.fr");
        assertThat(director.post(verbatims, Map.of("category", "SUCCESS_FACTOR", "text", "x".repeat(501))).status())
                .isEqualTo(400);
        assertThat(director.post(verbatims, Map.of("category", "HUMEUR", "text", "Bonne journée")).status())
                .isEqualTo(400);
        assertThat(director.post(verbatims, Map.of("category", "ECHO", "text", "   ")).status()).isEqualTo(400);
        assertThat(director.post(verbatims, Map.of("category", "ECHO", "text", "<img src=x>")).status())
                .isEqualTo(400);
        var refusal = director.post(verbatims, Map.of("category", "ECHO"));
        assertThat(refusal.status()).isEqualTo(400);
        assertThat(refusal.contentType()).contains("application/problem+json");
        JsonNode wall = director.get("/api/v1/seminars/" + id + "/wall").json();
        for (String c : List.of("SUCCESS_FACTOR", "OBSTACLE", "ECHO", "QUESTION")) {
            assertThat(wall.get(c)).as(c).isEmpty();
        }
    }

    @Test
    void aDirectorOfATerritoryNotInvitedIsRefused() {
        long id = seminar("Mur réservé", MORTAGNE);
        ApiClient erdre = as("dg-" + ERDRE + "@demo.nouage.fr");
        assertThat(erdre.post("/api/v1/seminars/" + id + "/verbatims", Map.of("category", "ECHO", "text", "Intrus"))
                .status()).isEqualTo(403);
        assertThat(erdre.get("/api/v1/seminars/" + id + "/wall").status()).isEqualTo(403);
        assertThat(erdre.get("/api/v1/seminars/1999999999/wall").status()).isEqualTo(404);
    }

    @Test
    void aFloodFromOneParticipantIsBoundedPerMinute() {
        long id = seminar("Mur saturé", ANCENIS);
        ApiClient director = as("dg-" + ANCENIS + "@demo.nouage.fr");
        int accepted = 0;
        int refused = 0;
        for (int i = 0; i < 10; i++) {
            int status = director.post("/api/v1/seminars/" + id + "/verbatims", Map.of("category", "OBSTACLE",
                    "text", "Le temps manque " + i)).status();
            if (status == 201) {
                accepted++;
            } else if (status == 400) {
                refused++;
            }
        }
        assertThat(accepted).isEqualTo(6);
        assertThat(refused).isEqualTo(4);
    }
}
