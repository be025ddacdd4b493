package fr.nouage.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import fr.nouage.support.ApiClient;
import fr.nouage.support.IntegrationTest;

/** The portfolio's API as the issue describes it, with its rules of leads, rights and keys. */
class ProjectApiIT extends IntegrationTest {

    static final String NIEUL = "218501617";
    static final String SAINTE_FLAIVE = "218502110";
    static final String LES_ACHARDS = "200065795";
    static final String PROJECTS = "/api/v1/territories/" + ACHARDS + "/projects";

    ApiClient director(String email) {
        return api().signIn(email, DEMO_PASSWORD);
    }

    @Test
    void aDirectorCreatesACoPilotedProjectThatTheListShows() {
        ApiClient epci = director("dg-" + ACHARDS + "@demo.nouage.fr");
        var created = epci.post(PROJECTS, Map.of("title", "Accueil de loisirs partagé — essai API",
                "pilotage", "CO_PILOTAGE", "leads", List.of(NIEUL, SAINTE_FLAIVE), "phase", "CO_ELABORATION"));
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").asLong();

        JsonNode listed = null;
        for (JsonNode p : epci.get(PROJECTS).json()) {
            if (p.get("id").asLong() == id) {
                listed = p;
            }
        }
        assertThat(listed).isNotNull();
        assertThat(listed.get("title").asString()).isEqualTo("Accueil de loisirs partagé — essai API");
        assertThat(listed.get("pilotage").asString()).isEqualTo("CO_PILOTAGE");
        assertThat(listed.get("phase").asString()).isEqualTo("CO_ELABORATION");
        assertThat(listed.get("leads")).extracting(JsonNode::asText).containsExactlyInAnyOrder(NIEUL, SAINTE_FLAIVE);
        // its steering committee is a body of the territory
        assertThat(created.json().get("steeringBodyId").asLong()).isPositive();
    }

    @Test
    void leadsMustFitThePilotageModeAndTheTerritory() {
        ApiClient epci = director("dg-" + ACHARDS + "@demo.nouage.fr");
        assertRefused(epci.post(PROJECTS, Map.of("title", "Sans pilote légitime", "pilotage", "EPCI",
                "leads", List.of(NIEUL), "phase", "CO_DIAGNOSTIC")), 400, "EPCI");
        assertRefused(epci.post(PROJECTS, Map.of("title", "Deux communes", "pilotage", "COMMUNE",
                "leads", List.of(NIEUL, SAINTE_FLAIVE), "phase", "CO_DIAGNOSTIC")), 400, "une seule commune");
        assertRefused(epci.post(PROJECTS, Map.of("title", "Seul", "pilotage", "CO_PILOTAGE",
                "leads", List.of(NIEUL), "phase", "CO_DIAGNOSTIC")), 400, "au moins deux");
        assertRefused(epci.post(PROJECTS, Map.of("title", "Hors territoire", "pilotage", "ALTERNATING",
                "leads", List.of(NIEUL, "218501518"), "phase", "CO_DIAGNOSTIC")), 400, "218501518");
        var epciLed = epci.post(PROJECTS, Map.of("title", "Schéma des mobilités — essai API", "pilotage", "EPCI",
                "leads", List.of(ACHARDS), "phase", "CO_DIAGNOSTIC"));
        assertThat(epciLed.status()).isEqualTo(201);
        // a director of another territory
        ApiClient mortagne = director("dg-" + MORTAGNE + "@demo.nouage.fr");
        assertThat(mortagne.post(PROJECTS, Map.of("title", "Intrus", "pilotage", "EPCI", "leads", List.of(ACHARDS),
                "phase", "CO_DIAGNOSTIC")).status()).isEqualTo(403);
        assertThat(mortagne.get(PROJECTS).status()).isEqualTo(403);
    }

    @Test
    void conventionsAreSplitToTheCentByTheirLeadsOnly() {
        ApiClient epci = director("dg-" + ACHARDS + "@demo.nouage.fr");
        long id = epci.post(PROJECTS, Map.of("title", "Service commun enfance-jeunesse — essai API",
                "pilotage", "CO_PILOTAGE", "leads", List.of(NIEUL, SAINTE_FLAIVE), "phase", "CO_DECISION"))
                .json().get("id").asLong();
        String conventions = "/api/v1/projects/" + id + "/conventions";
        Map<String, Object> convention = Map.of("title", "Convention de service commun", "amount", "100000.00",
                "parties", List.of(NIEUL, SAINTE_FLAIVE, LES_ACHARDS), "key", Map.of("POPULATION", 50, "EQUAL", 50));

        // the EPCI's director does not lead this project; a lead commune's director does
        assertThat(epci.post(conventions, convention).status()).isEqualTo(403);
        assertThat(director("dg-" + MORTAGNE + "@demo.nouage.fr").post(conventions, convention).status())
                .as("another territory's project, answered as a missing one").isEqualTo(404);
        ApiClient nieul = director("dgs-85161@demo.nouage.fr");
        var added = nieul.post(conventions, convention);
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().get("id").asLong()).isPositive();
        BigDecimal total = BigDecimal.ZERO;
        for (JsonNode share : added.json().get("shares")) {
            assertThat(share.get("amount").asString()).matches("\\d+\\.\\d{2}");
            total = total.add(new BigDecimal(share.get("amount").asString()));
        }
        assertThat(total).isEqualByComparingTo("100000.00");
        assertThat(added.json().get("shares")).hasSize(3);

        assertRefused(nieul.post(conventions, Map.of("title", "Mauvaise clé", "amount", "1000.00",
                "parties", List.of(NIEUL, SAINTE_FLAIVE), "key", Map.of("POPULATION", 60, "EQUAL", 50))), 400, "100 %");
        assertRefused(nieul.post(conventions, Map.of("title", "Trop de décimales", "amount", "1000.005",
                "parties", List.of(NIEUL, SAINTE_FLAIVE), "key", Map.of("EQUAL", 100))), 400, "deux décimales");
        assertRefused(nieul.post(conventions, Map.of("title", "Négatif", "amount", "-5.00",
                "parties", List.of(NIEUL, SAINTE_FLAIVE), "key", Map.of("EQUAL", 100))), 400, "négatif");
        assertRefused(nieul.post(conventions, Map.of("title", "Pas un nombre", "amount", "mille euros",
                "parties", List.of(NIEUL, SAINTE_FLAIVE), "key", Map.of("EQUAL", 100))), 400, "nombre");
        assertRefused(nieul.post(conventions, Map.of("title", "Hors territoire", "amount", "1000.00",
                "parties", List.of(NIEUL, "218501518"), "key", Map.of("EQUAL", 100))), 400, "218501518");
        assertRefused(nieul.post(conventions, Map.of("title", "Unités manquantes", "amount", "1000.00",
                "parties", List.of(NIEUL, SAINTE_FLAIVE), "key", Map.of("UNITS", 100),
                "units", Map.of(NIEUL, 12))), 400, "Sainte-Flaive");
        var byUnits = nieul.post(conventions, Map.of("title", "Accueil périscolaire", "amount", "9000.00",
                "parties", List.of(NIEUL, SAINTE_FLAIVE), "key", Map.of("UNITS", 100),
                "units", Map.of(NIEUL, 12, SAINTE_FLAIVE, 6)));
        assertThat(byUnits.status()).isEqualTo(201);
        assertThat(byUnits.json().get("shares")).extracting(s -> s.get("amount").asString())
                .containsExactly("6000.00", "3000.00");
    }

    @Test
    void thePilotageFiguresCountEachModeAndEachLead() {
        ApiClient epci = director("dg-" + ACHARDS + "@demo.nouage.fr");
        JsonNode before = epci.get("/api/v1/territories/" + ACHARDS + "/pilotage").json();
        epci.post(PROJECTS, Map.of("title", "Pilotage alterné — essai des chiffres", "pilotage", "ALTERNATING",
                "leads", List.of(NIEUL, LES_ACHARDS), "phase", "CO_PILOTAGE"));
        JsonNode after = epci.get("/api/v1/territories/" + ACHARDS + "/pilotage").json();
        assertThat(after.get("byMode").get("ALTERNATING").asInt())
                .isEqualTo(before.get("byMode").get("ALTERNATING").asInt() + 1);
        assertThat(after.get("byLead").get(LES_ACHARDS).asInt())
                .isEqualTo(before.get("byLead").path(LES_ACHARDS).asInt(0) + 1);
        assertThat(after.get("projects").asInt()).isEqualTo(before.get("projects").asInt() + 1);
    }

    private static void assertRefused(ApiClient.Response response, int status, String inMessage) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.json().get("message").asString()).contains(inMessage);
    }
}
