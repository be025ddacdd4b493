package fr.nouage.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.nouage.support.ApiClient.Response;
import fr.nouage.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI description is complete: every {@code /api/v1} operation documents the schema of its
 * answer, the problem documents it may answer and who may call it; Swagger UI renders it.
 */
class ApiDescriptionIT extends IntegrationTest {

    @Test
    void everyApiOperationDocumentsItsSchemaItsErrorsAndItsRole() {
        Response docs = api().get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        JsonNode paths = docs.json().get("paths");
        List<String> incomplete = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            if (!path.getKey().startsWith("/api/v1")) {
                continue;
            }
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                String name = op.getKey().toUpperCase() + " " + path.getKey();
                JsonNode operation = op.getValue();
                operations++;
                if (!operation.has("x-nouage-access")) {
                    incomplete.add(name + ": no role (@ApiAccess)");
                }
                boolean schema = false;
                boolean problems = false;
                for (Map.Entry<String, JsonNode> response : operation.get("responses").properties()) {
                    JsonNode content = response.getValue().get("content");
                    // 204: nothing to describe
                    schema |= response.getKey().equals("204") && content == null;
                    if (response.getKey().startsWith("2") && content != null) {
                        for (JsonNode media : content) {
                            schema |= media.has("schema");
                        }
                    }
                    if (response.getKey().startsWith("4") && content != null) {
                        problems |= content.has("application/problem+json");
                    }
                }
                if (!schema) {
                    incomplete.add(name + ": no schema of its answer");
                }
                if (!problems) {
                    incomplete.add(name + ": no problem document among its answers");
                }
            }
        }
        assertThat(operations).isGreaterThan(40);
        assertThat(incomplete).as("operations the OpenAPI description leaves incomplete").isEmpty();
        assertThat(docs.json().get("components").get("schemas").has("Problem")).isTrue();
    }

    @Test
    void swaggerUiRendersTheReferenceForAnyone() {
        Response page = api().get("/swagger-ui/index.html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        Response config = api().get("/v3/api-docs/swagger-config");
        assertThat(config.status()).isEqualTo(200);
        assertThat(config.body()).contains("/v3/api-docs");
    }
}
