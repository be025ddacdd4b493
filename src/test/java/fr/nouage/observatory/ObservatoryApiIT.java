package fr.nouage.observatory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.nouage.support.ApiClient;
import fr.nouage.support.IntegrationTest;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;
import tools.jackson.databind.JsonNode;

/** The observatory's API as the issue describes it: the path, the alerts, the barometer and the overview. */
class ObservatoryApiIT extends IntegrationTest {

    static final String MATURITY = "/api/v1/territories/" + MORTAGNE + "/maturity";
    static final String BAROMETER = "/api/v1/territories/" + ANCENIS + "/barometer";

    @Autowired
    Territories territories;
    @Autowired
    Observatory observatory;

    @Autowired
    Barometers barometers;
    @Autowired
    fr.nouage.account.Accounts accounts;

    /** The facilitator opens a new wave for Ancenis (closing the one open). */
    void openWave() {
        var account = accounts.findByEmail("facilitateur@demo.nouage.fr").orElseThrow();
        barometers.open(ANCENIS, new fr.nouage.account.NouageUser(account.id(), account.email(), account.displayName(),
                List.of(fr.nouage.account.RoleAssignment.inTerritory(fr.nouage.account.Role.FACILITATOR, ANCENIS))));
    }

    ApiClient as(String email) {
        return api().signIn(email, DEMO_PASSWORD);
    }

    /** The directors of Ancenis's collectivités, the EPCI first (Mortagne's barometer is the browser test's). */
    List<ApiClient> directors() {
        List<ApiClient> directors = new ArrayList<>();
        for (Collectivity c : territories.collectivities(ANCENIS)) {
            if (c.active()) {
                directors.add(as(c.isEpci() ? "dg-" + ANCENIS + "@demo.nouage.fr" : "dgs-" + c.inseeCode() + "@demo.nouage.fr"));
            }
        }
        return directors;
    }

    @Test
    void theMaturityListsElevenThresholdsWithEvidenceForEachMeasuredOne() {
        JsonNode json = as("dg-" + MORTAGNE + "@demo.nouage.fr").get(MATURITY).json();
        JsonNode thresholds = json.get("thresholds");
        assertThat(thresholds).hasSize(11);
        List<String> keys = new ArrayList<>();
        for (JsonNode t : thresholds) {
            keys.add(t.get("key").asString());
            String state = t.get("state").asString();
            if (!state.equals("NOT_MEASURED")) {
                assertThat(t.get("evidence")).as(t.get("key").asString()).isNotEmpty();
                JsonNode first = t.get("evidence").get(0);
                assertThat(first.get("fact").asString()).isNotBlank().doesNotStartWith("observatory.");
                assertThat(first.get("link").asString()).matches("/territoires/" + MORTAGNE + "(/.*)?|/seminaires(/.*)?");
            }
            assertThat(t.get("score").asInt()).isBetween(0, 100);
        }
        assertThat(keys).containsExactly("INITIATIVE", "AWARENESS", "DECISION_PROCESS", "PARITY", "DELIBERATION",
                "FORMALISATION", "NETWORKING", "FACILITATOR", "CULTURE", "SHARED_VISION", "COOPERATION_IN_ACTION");
        // the shared vision is measured by the diagnostic's flows: none imported here, so not reached, with its fact
        assertThat(thresholds.get(9).get("state").asString()).isEqualTo("NOT_REACHED");
        assertThat(thresholds.get(9).get("evidence").get(0).get("fact").asString()).contains("flux domicile-travail");
        // a share of nothing is not stated: without any meeting, the decision process is not measured
        assertThat(thresholds.get(2).get("state").asString()).isEqualTo("NOT_MEASURED");
        assertThat(thresholds.get(0).get("state").asString()).isNotEqualTo("NOT_MEASURED");
    }

    @Test
    void aDayInTheFutureOrBeforeTheTerritoryBeganIsRefused() {
        ApiClient director = as("dg-" + MORTAGNE + "@demo.nouage.fr");
        LocalDate today = observatory.today();
        assertThat(director.get(MATURITY + "?at=" + today.plusDays(1)).status()).isEqualTo(400);
        assertThat(director.get(MATURITY + "?at=2001-01-01").status()).isEqualTo(400);
        assertThat(director.get(MATURITY + "?at=demain").status()).isEqualTo(400);
        assertThat(director.get(MATURITY + "?at=" + today).status()).isEqualTo(200);
    }

    @Test
    void anotherTerritorysDirectorGetsForbiddenOnEveryRoute() {
        ApiClient stranger = as("dg-" + ERDRE + "@demo.nouage.fr");
        assertThat(stranger.get(MATURITY).status()).isEqualTo(403);
        assertThat(stranger.get("/api/v1/territories/" + MORTAGNE + "/vigilance").status()).isEqualTo(403);
        assertThat(stranger.get("/api/v1/territories/" + MORTAGNE + "/barometer").status()).isEqualTo(403);
        assertThat(stranger.post("/api/v1/territories/" + MORTAGNE + "/barometer/answers", Map.of("thresholds", Map.of("PARITY", 3),
                "relation", "INDEPENDENCE")).status()).isEqualTo(403);
    }

    @Test
    void theBarometerShowsResultsFromTheFifthRespondentAndAnAnswerIsReplaced() {
        ApiClient facilitator = as("facilitateur@demo.nouage.fr");
        openWave();
        List<ApiClient> directors = directors();
        for (int i = 0; i < 4; i++) {
            assertThat(directors.get(i).post(BAROMETER + "/answers", Map.of("thresholds",
                    Map.of("PARITY", 2, "DECISION_PROCESS", 4), "relation", "INTERDEPENDENCE")).status()).isEqualTo(200);
        }
        JsonNode four = facilitator.get(BAROMETER).json();
        assertThat(four.get("respondents").asInt()).isEqualTo(4);
        assertThat(four.get("minimum").asInt()).isEqualTo(5);
        assertThat(four.get("perceived").isNull()).isTrue();
        assertThat(four.get("relations").isNull()).isTrue();

        assertThat(directors.get(4).post(BAROMETER + "/answers", Map.of("thresholds", Map.of("PARITY", 4),
                "relation", "DEPENDENCE")).status()).isEqualTo(200);
        // the first director changes their mind: replaced, not counted twice
        assertThat(directors.get(0).post(BAROMETER + "/answers", Map.of("thresholds", Map.of("PARITY", 5),
                "relation", "COUNTER_DEPENDENCE")).status()).isEqualTo(200);
        JsonNode five = facilitator.get(BAROMETER).json();
        assertThat(five.get("respondents").asInt()).isEqualTo(5);
        assertThat(five.get("perceived").get("PARITY").asDouble()).isEqualTo(3.0); // (5 + 2 + 2 + 2 + 4) / 5
        assertThat(five.get("relations").get("INTERDEPENDENCE").asInt()).isEqualTo(3);
        assertThat(five.get("relations").get("COUNTER_DEPENDENCE").asInt()).isEqualTo(1);
    }

    @Test
    void badAnswersAreRefusedAndNothingIsStored() {
        openWave();
        ApiClient director = directors().get(1);
        assertThat(director.post(BAROMETER + "/answers", Map.of("thresholds", Map.of("PARITY", 6),
                "relation", "INDEPENDENCE")).status()).isEqualTo(400);
        assertThat(director.post(BAROMETER + "/answers", Map.of("thresholds", Map.of("TRUST_ME", 3),
                "relation", "INDEPENDENCE")).status()).isEqualTo(400);
        assertThat(director.post(BAROMETER + "/answers", Map.of("thresholds", Map.of("PARITY", 3),
                "relation", "FRIENDSHIP")).status()).isEqualTo(400);
        assertThat(as("elu-" + ANCENIS + "@demo.nouage.fr").post(BAROMETER + "/answers", Map.of("thresholds",
                Map.of("PARITY", 3), "relation", "INDEPENDENCE")).status()).isEqualTo(403);
        assertThat(director.get(BAROMETER).json().get("respondents").asInt()).isZero();
    }

    @Test
    void theOverviewIsForThoseWhoAccompanyTerritories() {
        JsonNode rows = as("coordination@demo.nouage.fr").get("/api/v1/observatory/territories").json();
        List<String> sirens = new ArrayList<>();
        rows.forEach(r -> sirens.add(r.get("siren").asString()));
        assertThat(sirens).contains(MORTAGNE, ACHARDS, ERDRE, ANCENIS);
        JsonNode first = rows.get(0);
        assertThat(first.get("thresholds")).hasSize(11);
        assertThat(first.get("alerts").isInt()).isTrue();
        assertThat(as("dg-" + MORTAGNE + "@demo.nouage.fr").get("/api/v1/observatory/territories").status())
                .isEqualTo(403);
        assertThat(as("dg-" + MORTAGNE + "@demo.nouage.fr").get("/api/v1/territories/" + MORTAGNE + "/vigilance")
                .status()).isEqualTo(200);
    }
}
