package fr.nouage.platform.web;

import static fr.nouage.platform.DateFormats.PARIS;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.nouage.platform.cache.WriteGeneration;
import fr.nouage.support.ApiClient;
import fr.nouage.support.IntegrationTest;

/**
 * An API call naming a meeting or an item writes for the territory of that meeting alone, once its
 * access check found it: the pages kept for the other territories stay valid.
 */
class WritesForTerritoryIT extends IntegrationTest {

    @Autowired
    WriteGeneration generation;

    @Test
    void anItemProposedThroughTheApiMovesOnlyItsTerritorysGeneration() throws InterruptedException {
        ApiClient erdre = api().signIn("dg-" + ERDRE + "@demo.nouage.fr", DEMO_PASSWORD);
        LocalDateTime start = LocalDateTime.now(PARIS).plusDays(45).withHour(10)
                .truncatedTo(ChronoUnit.HOURS);
        long meetingId = erdre.post("/api/v1/territories/" + ERDRE + "/meetings", Map.of("startsAt", start.toString()))
                .json().get("id").asLong();
        boolean checked = false;
        for (int attempt = 0; attempt < 5 && !checked; attempt++) {
            // the event listeners of the writes before (notifications) are done
            Thread.sleep(1000);
            long achards = generation.current(ACHARDS);
            long erdreGeneration = generation.current(ERDRE);
            long all = generation.current();

            ApiClient.Response proposed = erdre.post("/api/v1/meetings/" + meetingId + "/items",
                    Map.of("title", "Schéma de mutualisation " + attempt, "kind", "INFORMATION"));
            assertThat(proposed.status()).isEqualTo(201);
            Thread.sleep(1000);

            assertThat(generation.current()).as("all data").isGreaterThan(all);
            assertThat(generation.current(ERDRE)).as("its territory").isGreaterThan(erdreGeneration);
            // a scheduled task of the platform may have written for every territory meanwhile: try again
            checked = generation.current(ACHARDS) == achards;
        }
        assertThat(checked).as("another territory's generation unmoved, in a round without scheduled writes")
                .isTrue();
    }
}
