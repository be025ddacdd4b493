package fr.nouage.territory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import fr.nouage.support.ApiClient.Response;
import fr.nouage.support.PostgresIntegrationTest;

/** The foundation on PostgreSQL: migrations, official geography import and demo data. */
class TerritoryApiPostgresIT extends PostgresIntegrationTest {

    @Test
    void demoTerritoriesAreServedFromPostgres() {
        Response response = api().signIn("coordination@demo.nouage.fr", DEMO_PASSWORD)
                .get("/api/v1/territories/" + ANCENIS + "/collectivities");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().size()).isEqualTo(21);
    }
}
