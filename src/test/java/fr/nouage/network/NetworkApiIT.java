package fr.nouage.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

import fr.nouage.account.Accounts;
import fr.nouage.account.Role;
import fr.nouage.support.ApiClient;
import fr.nouage.support.IntegrationTest;

/** Networks, referents, coverage and exchanges through the API as the issue describes them. */
class NetworkApiIT extends IntegrationTest {

    @Autowired
    Accounts accounts;

    ApiClient signIn(String email) {
        return api().signIn(email, DEMO_PASSWORD);
    }

    /** The communes of a territory, by their SIREN (the EPCI aside). */
    List<String> communes(ApiClient client, String territory) {
        List<String> communes = new ArrayList<>();
        for (JsonNode c : client.get("/api/v1/territories/" + territory + "/collectivities").json()) {
            if ("COMMUNE".equals(c.get("kind").asString())) {
                communes.add(c.get("siren").asString());
            }
        }
        return communes;
    }

    @Test
    void aNetworkIsCreatedListedAndItsReferentsMakeItsCoverage() {
        ApiClient epci = signIn("dg-" + MORTAGNE + "@demo.nouage.fr");
        String networks = "/api/v1/territories/" + MORTAGNE + "/networks";
        var created = epci.post(networks, Map.of("name", "Finances — essai API", "kind", "BUSINESS"));
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.json().get("bodyId").asLong()).as("the network meets through a body").isPositive();
        assertThat(epci.get(networks).json()).extracting(n -> n.get("name").asString()).contains("Finances — essai API");
        // the same name twice is refused
        assertThat(epci.post(networks, Map.of("name", " finances — ESSAI API ", "kind", "FUNCTION")).status())
                .isEqualTo(409);
        assertThat(epci.post(networks, Map.of("name", "Sans type")).status()).isEqualTo(400);

        // the EPCI's director names its own referent: a new address is invited (an account REFERENT of the EPCI)
        var named = epci.put("/api/v1/networks/" + id + "/referents/" + MORTAGNE,
                Map.of("email", "finances.cc@mortagne.test"));
        assertThat(named.status()).isEqualTo(200);
        assertThat(named.json().get("invited").asBoolean()).isTrue();
        var invited = accounts.findByEmail("finances.cc@mortagne.test").orElseThrow();
        assertThat(invited.roles()).anyMatch(r -> r.role() == Role.REFERENT && MORTAGNE.equals(r.territorySiren())
                && MORTAGNE.equals(r.collectivitySiren()));
        // but not the referent of a commune
        List<String> communes = communes(epci, MORTAGNE);
        assertThat(epci.put("/api/v1/networks/" + id + "/referents/" + communes.get(0),
                Map.of("email", "quelqu.un@mortagne.test")).status()).isEqualTo(403);
        // the facilitator names any collectivité's referent; an address of another collectivité is refused
        ApiClient facilitator = signIn("facilitateur@demo.nouage.fr");
        assertThat(facilitator.put("/api/v1/networks/" + id + "/referents/" + communes.get(0),
                Map.of("email", "finances.cc@mortagne.test")).status()).isEqualTo(400);
        assertThat(facilitator.put("/api/v1/networks/" + id + "/referents/" + communes.get(0),
                Map.of("email", "pas-une-adresse")).status()).isEqualTo(400);
        assertThat(facilitator.put("/api/v1/networks/" + id + "/referents/" + communes.get(0),
                Map.of("email", "finances@" + communes.get(0) + ".test")).status()).isEqualTo(200);
        // a collectivité of another territory
        assertThat(facilitator.put("/api/v1/networks/" + id + "/referents/" + communes(signIn("dg-" + ACHARDS
                + "@demo.nouage.fr"), ACHARDS).get(0), Map.of("email", "x@achards.test")).status()).isEqualTo(400);

        JsonNode coverage = null;
        for (JsonNode n : epci.get(networks + "/coverage").json().get("networks")) {
            if (n.get("id").asLong() == id) {
                coverage = n;
            }
        }
        assertThat(coverage).isNotNull();
        assertThat(coverage.get("covered").asInt()).isEqualTo(2);
        assertThat(coverage.get("missing")).extracting(JsonNode::asString).doesNotContain(MORTAGNE, communes.get(0))
                .contains(communes.get(1)).hasSize(communes.size() - 1);
    }

    @Test
    void anotherTerritorysDirectorIsRefused() {
        ApiClient achards = signIn("dg-" + ACHARDS + "@demo.nouage.fr");
        assertThat(achards.post("/api/v1/territories/" + MORTAGNE + "/networks", Map.of("name", "Intrus", "kind",
                "BUSINESS")).status()).isEqualTo(403);
        assertThat(achards.get("/api/v1/territories/" + MORTAGNE + "/networks/coverage").status()).isEqualTo(403);
        long id = signIn("dg-" + MORTAGNE + "@demo.nouage.fr").post("/api/v1/territories/" + MORTAGNE + "/networks",
                Map.of("name", "RH — essai API", "kind", "BUSINESS")).json().get("id").asLong();
        // an id of another territory answers as a missing one
        assertThat(achards.put("/api/v1/networks/" + id + "/referents/" + MORTAGNE, Map.of("email", "a@b.test"))
                .status()).isEqualTo(404);
    }

    @Test
    void anExchangeJoinsTwoDifferentCollectivitiesOfTheTerritory() {
        ApiClient director = signIn("dg-" + ACHARDS + "@demo.nouage.fr");
        List<String> communes = communes(director, ACHARDS);
        String exchanges = "/api/v1/territories/" + ACHARDS + "/exchanges";
        assertThat(director.post(exchanges, Map.of("kind", "VIS_MA_VIE", "collectivities", List.of(communes.get(0),
                communes.get(1)), "on", "2027-01-12")).status()).isEqualTo(201);
        assertThat(director.post(exchanges, Map.of("kind", "VISIT", "collectivities", List.of(communes.get(0),
                communes.get(0)), "on", "2027-01-12")).status()).isEqualTo(400);
        assertThat(director.post(exchanges, Map.of("kind", "VISIT", "collectivities", List.of(communes.get(0),
                "218501518"), "on", "2027-01-12")).status()).isEqualTo(400);
        assertThat(director.post(exchanges, Map.of("kind", "PAIRING", "collectivities", List.of(communes.get(0)),
                "on", "2027-01-12")).status()).isEqualTo(400);
        assertThat(director.post(exchanges, Map.of("kind", "PAIRING", "collectivities", List.of(communes.get(0),
                communes.get(1)), "on", "1890-01-12")).status()).isEqualTo(400);
    }

    @Test
    void aVisMaVieAppearsAsALinkOfTheCooperationGraph() {
        ApiClient director = signIn("dg-" + ERDRE + "@demo.nouage.fr");
        List<String> communes = communes(director, ERDRE);
        String graph = "/api/v1/territories/" + ERDRE + "/cooperation-graph?from=2031-01-01&to=2032-01-01";
        assertThat(edgeKinds(director.get(graph).json(), communes.get(0), communes.get(1))).doesNotContain("EXCHANGE");
        assertThat(director.post("/api/v1/territories/" + ERDRE + "/exchanges", Map.of("kind", "VIS_MA_VIE",
                "collectivities", List.of(communes.get(0), communes.get(1)), "on", "2031-03-12")).status()).isEqualTo(201);
        JsonNode after = director.get(graph).json();
        assertThat(edgeKinds(after, communes.get(0), communes.get(1))).contains("EXCHANGE");
        assertThat(after.get("nodes")).filteredOn(n -> n.get("siren").asString().equals(communes.get(0)))
                .allMatch(n -> n.get("degree").asInt() >= 1 && !n.get("isolated").asBoolean());
        assertThat(director.get("/api/v1/territories/" + ERDRE + "/cooperation-graph?from=2031-01-01&to=2030-01-01")
                .status()).isEqualTo(400);
    }

    /** The kinds of the link between two collectivités in a graph's JSON, empty when none. */
    static List<String> edgeKinds(JsonNode graph, String a, String b) {
        List<String> kinds = new ArrayList<>();
        for (JsonNode e : graph.get("edges")) {
            if (List.of(e.get("a").asString(), e.get("b").asString()).containsAll(List.of(a, b))) {
                e.get("kinds").forEach(k -> kinds.add(k.asString()));
            }
        }
        return kinds;
    }
}
