package fr.nouage.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.nouage.support.ApiClient;
import fr.nouage.support.ApiClient.Response;
import fr.nouage.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** A consent round on the Pays des Achards (248500530): 9 communes + the EPCI, quorum 6. */
class DeliberationApiIT extends IntegrationTest {

    private static final List<String> ACHARDS_COMMUNES = List.of("85001", "85152", "85061", "85102", "85104");

    private ApiClient as(String email) {
        return api().signIn(email, DEMO_PASSWORD);
    }

    private long itemOnNewMeeting(int daysAhead, String kind) {
        LocalDateTime start = slots().from(ACHARDS, daysAhead);
        ApiClient epci = as("dg-" + ACHARDS + "@demo.nouage.fr");
        long meeting = epci.post("/api/v1/territories/" + ACHARDS + "/meetings", Map.of("startsAt", start.toString()))
                .json().get("id").asLong();
        return epci.post("/api/v1/meetings/" + meeting + "/items",
                Map.of("title", "Schéma de mutualisation", "kind", kind, "sensitive", true)).json().get("id").asLong();
    }

    private List<JsonNode> communes() {
        return as("coordination@demo.nouage.fr").get("/api/v1/territories/" + ACHARDS + "/collectivities").json()
                .valueStream().filter(c -> c.get("kind").asString().equals("COMMUNE")).toList();
    }

    @Test
    void consentRoundWithAnObjectionAnsweredThenWithdrawn() {
        long item = itemOnNewMeeting(60, "DECISION");
        List<JsonNode> communes = communes();
        // six collectivités agree: quorum reached (10 collectivités → 6)
        for (JsonNode c : communes.subList(0, 6)) {
            Response r = as("dgs-" + c.get("inseeCode").asString() + "@demo.nouage.fr").post(
                    "/api/v1/items/" + item + "/positions",
                    Map.of("collectivitySiren", c.get("siren").asString(), "stance", "AGREE", "argument", "Utile"));
            assertThat(r.status()).isEqualTo(201);
        }
        JsonNode objector = communes.get(6);
        ApiClient objectorClient = as("dgs-" + objector.get("inseeCode").asString() + "@demo.nouage.fr");
        Response objection = objectorClient.post("/api/v1/items/" + item + "/positions", Map.of("collectivitySiren",
                objector.get("siren").asString(), "stance", "OBJECTION", "argument", "Coût pour les petites communes"));
        assertThat(objection.status()).isEqualTo(201);

        ApiClient facilitator = as("facilitateur@demo.nouage.fr");
        Response blocked = facilitator.post("/api/v1/items/" + item + "/decision", Map.of());
        assertThat(blocked.status()).isEqualTo(409);
        assertThat(blocked.json().get("message").asString()).contains(objector.get("name").asString());

        Response answered = facilitator.post("/api/v1/items/" + item + "/objections/" + objection.json().get("id").asLong()
                + "/answer", Map.of("text", "Clé de répartition au prorata de la population"));
        assertThat(answered.status()).isEqualTo(204);
        Response withdrawn = objectorClient.post("/api/v1/items/" + item + "/objections/withdraw",
                Map.of("collectivitySiren", objector.get("siren").asString(), "stance", "RESERVATION",
                        "argument", "Sous réserve d'un bilan à un an"));
        assertThat(withdrawn.status()).isEqualTo(204);

        Response decision = facilitator.post("/api/v1/items/" + item + "/decision",
                Map.of("statement", "Le collectif adopte le schéma amendé", "reviewOn", "2028-01-15"));
        assertThat(decision.status()).isEqualTo(200);
        assertThat(decision.json().get("outcome").asString()).isEqualTo("ADOPTED");
        assertThat(decision.json().get("positions").get("AGREE").asInt()).isEqualTo(6);
        assertThat(decision.json().get("positions").get("RESERVATION").asInt()).isEqualTo(1);

        JsonNode history = facilitator.get("/api/v1/items/" + item + "/positions").json().get("history");
        assertThat(history.valueStream().map(h -> h.get("objectionStatus").isNull() ? "" : h.get("objectionStatus").asString()))
                .contains("OPEN", "ANSWERED", "WITHDRAWN");

        Response late = objectorClient.post("/api/v1/items/" + item + "/positions", Map.of("collectivitySiren",
                objector.get("siren").asString(), "stance", "AGREE", "argument", "x"));
        assertThat(late.status()).isEqualTo(409);
    }

    @Test
    void oneVoicePerCollectivityAndOnlyForOnesOwn() {
        long item = itemOnNewMeeting(61, "TECHNICAL_OPINION");
        JsonNode commune = communes().get(0);
        ApiClient director = as("dgs-" + commune.get("inseeCode").asString() + "@demo.nouage.fr");
        Map<String, String> body = Map.of("collectivitySiren", commune.get("siren").asString(), "stance", "AGREE",
                "argument", "Oui");
        assertThat(director.post("/api/v1/items/" + item + "/positions", body).status()).isEqualTo(201);
        assertThat(director.post("/api/v1/items/" + item + "/positions", body).status()).isEqualTo(200);
        Response forOther = director.post("/api/v1/items/" + item + "/positions", Map.of("collectivitySiren",
                communes().get(1).get("siren").asString(), "stance", "AGREE", "argument", "Oui"));
        assertThat(forOther.status()).isEqualTo(403);
        Response unknownStance = director.postRaw("/api/v1/items/" + item + "/positions", "application/json",
                "{\"collectivitySiren\":\"" + commune.get("siren").asString() + "\",\"stance\":\"MAYBE\"}");
        assertThat(unknownStance.status()).isEqualTo(400);
    }

    @Test
    void decidingWithoutQuorumGivesNoQuorum() {
        long item = itemOnNewMeeting(62, "DECISION");
        JsonNode commune = communes().get(0);
        as("dgs-" + commune.get("inseeCode").asString() + "@demo.nouage.fr").post("/api/v1/items/" + item + "/positions",
                Map.of("collectivitySiren", commune.get("siren").asString(), "stance", "AGREE", "argument", "Oui"));
        Response decision = as("facilitateur@demo.nouage.fr").post("/api/v1/items/" + item + "/decision", Map.of());
        assertThat(decision.status()).isEqualTo(200);
        assertThat(decision.json().get("outcome").asString()).isEqualTo("NO_QUORUM");
    }
}
