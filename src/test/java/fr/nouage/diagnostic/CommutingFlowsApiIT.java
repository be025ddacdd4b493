package fr.nouage.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.nouage.support.ApiClient;
import fr.nouage.support.IntegrationTest;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;
import tools.jackson.databind.JsonNode;

/** The commuting flows API as issue 21 describes it, on the territory of the Achards. */
class CommutingFlowsApiIT extends IntegrationTest {

    static final String FLOWS = "/api/v1/territories/" + ACHARDS + "/commuting-flows";
    static final String INTERDEPENDENCE = "/api/v1/territories/" + ACHARDS + "/interdependence";

    @Autowired
    Territories territories;
    @Autowired
    JdbcClient jdbc;

    List<String> communes() {
        return territories.collectivities(ACHARDS).stream().filter(c -> !c.isEpci() && c.active())
                .map(Collectivity::inseeCode).sorted().toList();
    }

    @Test
    void aDirectorImportsAFileWhoseFiguresTheInterdependenceGivesRoundedOnceSummed() {
        List<String> c = communes();
        ApiClient director = api().signIn("dg-" + ACHARDS + "@demo.nouage.fr", DEMO_PASSWORD);
        String file = FlowFiles.baseFlux("31",
                c.get(0) + ";" + c.get(0) + ";100,4", c.get(0) + ";" + c.get(1) + ";10.3", c.get(0) + ";75101;10,1",
                c.get(0) + ";75102;10,1", c.get(1) + ";" + c.get(0) + ";40,2", c.get(1) + ";" + c.get(1) + ";30.2",
                "44109;44109;5000", "44109;" + c.get(0) + ";7.5");

        ApiClient.Response imported = FlowFiles.upload(director, FLOWS, "base-flux.csv.gz", FlowFiles.gzip(file));

        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("vintage").asInt()).isEqualTo(2031);
        assertThat(imported.json().get("flows").asInt()).isEqualTo(7);
        // the import is in the territory's audit log
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                select count(*) from audit_entry where territory_siren = ? and kind = 'COMMUTING_FLOWS_IMPORTED'
                and subject_id = '2031'""").param(ACHARDS).query(Integer.class).single() > 0);
        JsonNode figures = director.get(INTERDEPENDENCE).json();
        // actives: 100.4 + 10.3 + 20.2 + 40.2 + 30.2 = 201.3; same commune 130.6; other 50.5; outside 20.2
        assertThat(figures.get("actives").asLong()).isEqualTo(201);
        assertThat(figures.get("sameCommune").asLong()).isEqualTo(131);
        assertThat(figures.get("otherCommuneOfTerritory").asLong()).isEqualTo(51);
        assertThat(figures.get("outside").asLong()).isEqualTo(20);
        assertThat(figures.get("pairs")).hasSize(4);
        JsonNode first = figures.get("pairs").get(0);
        assertThat(first.get("from").asString()).isEqualTo(c.get(0));
        assertThat(first.get("to").asString()).isEqualTo(c.get(0));
        assertThat(first.get("flow").asLong()).isEqualTo(100);

        // importing the same vintage again replaces it
        ApiClient.Response again = FlowFiles.upload(director, FLOWS, FlowFiles.baseFlux("31", c.get(0) + ";" + c.get(0) + ";12"));
        assertThat(again.json().get("flows").asInt()).isEqualTo(1);
        JsonNode replaced = director.get(INTERDEPENDENCE).json();
        assertThat(replaced.get("actives").asLong()).isEqualTo(12);
        assertThat(replaced.get("pairs")).hasSize(1);

        // a malformed file changes nothing and names its line
        ApiClient.Response refused = FlowFiles.upload(director, FLOWS,
                FlowFiles.baseFlux("31", c.get(0) + ";" + c.get(0) + ";5", c.get(1) + ";" + c.get(0) + ";-2"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).contains("application/problem+json");
        assertThat(refused.body()).contains("Ligne 3");
        assertThat(director.get(INTERDEPENDENCE).json().get("actives").asLong()).isEqualTo(12);

        // a truncated gzip too
        byte[] gzip = FlowFiles.gzip(file);
        ApiClient.Response truncated = FlowFiles.upload(director, FLOWS, "flux.csv.gz",
                java.util.Arrays.copyOf(gzip, gzip.length - 12));
        assertThat(truncated.status()).isEqualTo(400);
        assertThat(director.get(INTERDEPENDENCE).json().get("actives").asLong()).isEqualTo(12);
    }

    @Test
    void directorsOfAnotherTerritoryAndEluAreRefused() {
        String file = FlowFiles.baseFlux("32", communes().get(0) + ";" + communes().get(0) + ";1");
        ApiClient mortagne = api().signIn("dg-" + MORTAGNE + "@demo.nouage.fr", DEMO_PASSWORD);
        assertThat(FlowFiles.upload(mortagne, FLOWS, file).status()).isEqualTo(403);
        assertThat(mortagne.get(INTERDEPENDENCE).status()).isEqualTo(403);
        ApiClient elu = api().signIn("elu-" + ACHARDS + "@demo.nouage.fr", DEMO_PASSWORD);
        assertThat(FlowFiles.upload(elu, FLOWS, file).status()).isEqualTo(403);
        assertThat(elu.get(INTERDEPENDENCE).status()).isEqualTo(200);
        // a wrong token is refused before the file is read
        assertThat(FlowFiles.upload(new ApiClient(baseUrl()).withToken("not-a-token"), FLOWS, file).status())
                .isEqualTo(401);
        assertThat(FlowFiles.upload(api(), FLOWS, file).status()).isIn(401, 403);
    }

    @Test
    void aFileOfAnotherFormatIsRefusedOnItsFirstLine() {
        ApiClient director = api().signIn("dg-" + ACHARDS + "@demo.nouage.fr", DEMO_PASSWORD);
        ApiClient.Response refused = FlowFiles.upload(director, FLOWS, "siren;nom\n248500530;Achards\n");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Ligne 1");
    }
}
