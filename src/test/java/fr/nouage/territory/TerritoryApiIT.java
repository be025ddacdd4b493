package fr.nouage.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.nouage.support.ApiClient.Response;
import fr.nouage.support.IntegrationTest;

class TerritoryApiIT extends IntegrationTest {

    @Test
    void coordinatorSeesTheFourDemoTerritoriesWithTheirCommunes() {
        Response response = api().signIn("coordination@demo.nouage.fr", DEMO_PASSWORD).get("/api/v1/territories");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().valueStream().map(t -> t.get("siren").asString()))
                .contains(ANCENIS, ACHARDS, ERDRE, MORTAGNE); // and any territory other tests created
        assertThat(response.json().valueStream().filter(t -> t.get("siren").asString().equals(MORTAGNE))
                .findFirst().orElseThrow().get("communeCount").asInt()).isEqualTo(11);
    }

    @Test
    void collectivitiesListTheEpciAndEveryMemberCommune() {
        Response response = api().signIn("dg-" + MORTAGNE + "@demo.nouage.fr", DEMO_PASSWORD)
                .get("/api/v1/territories/" + MORTAGNE + "/collectivities");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().size()).isEqualTo(12);
        assertThat(response.json().get(0).get("kind").asString()).isEqualTo("EPCI");
        assertThat(response.json().get(0).get("inseeCode").isNull()).isTrue();
    }

    @Test
    void aDirectorOfAnotherTerritoryIsRefused() {
        Response response = api().signIn("dg-" + ACHARDS + "@demo.nouage.fr", DEMO_PASSWORD)
                .get("/api/v1/territories/" + MORTAGNE + "/collectivities");
        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void wrongCredentialsGetA401WithoutDetail() {
        Response response = api().post("/api/v1/auth/token", Map.of("email", "nobody@x.fr", "password", "wrong"));
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("error").asString()).isEqualTo("invalid_credentials");
    }
}
