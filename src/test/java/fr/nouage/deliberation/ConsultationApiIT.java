package fr.nouage.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.nouage.support.ApiClient;
import fr.nouage.support.ApiClient.Response;
import fr.nouage.support.IntegrationTest;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;
import tools.jackson.databind.JsonNode;

/** Consultations through the API on Mortagne: one answer per collectivité, replaced until closing. */
class ConsultationApiIT extends IntegrationTest {

    @Autowired
    Territories territories;

    private ApiClient as(String email) {
        return api().signIn(email, DEMO_PASSWORD);
    }

    @Test
    void aSingleChoiceAnsweredTwiceForOnesOwnCollectivityThenClosed() {
        List<Collectivity> communes = territories.collectivities(MORTAGNE).stream().filter(c -> !c.isEpci()).toList();
        Collectivity commune = communes.get(0);
        ApiClient epci = as("dg-" + MORTAGNE + "@demo.nouage.fr");
        Response opened = epci.post("/api/v1/territories/" + MORTAGNE + "/consultations", Map.of("kind", "SINGLE_CHOICE",
                "title", "Prestataire de formation", "closesAt", Instant.now().plus(2, ChronoUnit.DAYS).toString(),
                "options", List.of("CNFPT", "Cabinet privé")));
        assertThat(opened.status()).isEqualTo(201);
        long id = opened.json().get("id").asLong();
        long cnfpt = opened.json().get("options").get(0).get("id").asLong();
        long other = opened.json().get("options").get(1).get("id").asLong();

        ApiClient director = as("dgs-" + commune.inseeCode() + "@demo.nouage.fr");
        String base = "/api/v1/territories/" + MORTAGNE + "/consultations/" + id;
        String answers = base + "/answers";
        assertThat(director.post(answers, Map.of("collectivitySiren", commune.siren(), "values", Map.of(other, 1)))
                .status()).isEqualTo(201);
        assertThat(director.post(answers, Map.of("collectivitySiren", commune.siren(), "values", Map.of(cnfpt, 1)))
                .status()).isEqualTo(200);
        Response forOther = director.post(answers, Map.of("collectivitySiren", communes.get(1).siren(),
                "values", Map.of(cnfpt, 1)));
        assertThat(forOther.status()).isEqualTo(403);
        assertThat(forOther.json().get("message").asString()).contains("au nom de la collectivité que vous dirigez");
        assertThat(director.postRaw(answers, "application/json", "{\"collectivitySiren\":\"" + commune.siren()
                + "\",\"stance\":\"MAYBE\"}").status()).isEqualTo(400);

        JsonNode before = director.get(base).json();
        assertThat(before.get("open").asBoolean()).isTrue();
        assertThat(before.has("result")).isFalse();
        assertThat(epci.post(base + "/close", Map.of()).status()).isEqualTo(204);
        Response late = director.post(answers, Map.of("collectivitySiren", commune.siren(), "values", Map.of(other, 1)));
        assertThat(late.status()).isEqualTo(409);
        JsonNode after = director.get(base).json();
        assertThat(after.get("result").get("leaders").get(0).asLong()).isEqualTo(cnfpt);
        assertThat(after.get("answers").size()).isEqualTo(1);
        assertThat(as("dg-" + ACHARDS + "@demo.nouage.fr").get(base).status()).isEqualTo(403);
        assertThat(epci.get("/api/v1/territories/" + MORTAGNE + "/consultations").json().valueStream()
                .map(c -> c.get("id").asLong())).contains(id);
    }
}
