package fr.nouage.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.nouage.support.ApiClient;
import fr.nouage.support.ApiClient.Response;
import fr.nouage.support.NouageIT;
import tools.jackson.databind.JsonNode;

/**
 * The conventions every list and read of the API follows, the same on H2 and PostgreSQL: pages in a
 * stable order with RFC 8288 links, conditional reads with {@code ETag}, problem documents.
 */
abstract class ApiConventionsContract extends NouageIT {

    private ApiClient director() {
        return api().signIn("dg-" + MORTAGNE + "@demo.nouage.fr", DEMO_PASSWORD);
    }

    private long meeting(ApiClient director, LocalDateTime start) {
        Response created = director.post("/api/v1/territories/" + MORTAGNE + "/meetings",
                Map.of("startsAt", start.toString(), "endsAt", start.plusHours(2).toString()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    @Test
    void meetingsComePageByPageInAStableOrderWithNextLinksUntilTheLast() {
        ApiClient director = director();
        LocalDate day = slots().day(MORTAGNE, LocalDate.now().plusDays(700));
        List<Long> mine = new ArrayList<>();
        for (int hour : new int[] {14, 9, 11}) {
            mine.add(meeting(director, day.atTime(hour, 0)));
        }
        String window = "/api/v1/territories/" + MORTAGNE + "/meetings?from=" + day + "&to=" + day.plusDays(1);
        Response first = director.get(window + "&size=1");
        assertThat(first.status()).isEqualTo(200);
        long total = Long.parseLong(first.header("X-Total-Count"));
        assertThat(total).isEqualTo(3);
        assertThat(rels(first.header("Link"))).contains("next", "first", "last");

        List<Long> ids = new ArrayList<>();
        List<String> starts = new ArrayList<>();
        String next = window + "&size=1&page=0";
        int pages = 0;
        while (next != null) {
            Response page = director.get(next);
            assertThat(page.status()).isEqualTo(200);
            JsonNode array = page.json();
            assertThat(array.isArray()).isTrue();
            assertThat(array.size()).isEqualTo(1);
            ids.add(array.get(0).get("id").asLong());
            starts.add(array.get(0).get("startsAt").asString());
            next = nextLink(page.header("Link"));
            pages++;
            assertThat(pages).isLessThanOrEqualTo((int) total);
        }
        assertThat(pages).isEqualTo((int) total);
        assertThat(starts).isSorted();
        // by time of day: 9:00, 11:00, 14:00, each once
        assertThat(ids).containsExactly(mine.get(1), mine.get(2), mine.get(0));

        Response beyond = director.get(window + "&size=1&page=" + total);
        assertThat(beyond.json().size()).isZero();
        assertThat(nextLink(beyond.header("Link"))).isNull();
    }

    @Test
    void aPageOutsideTheLimitsIsAProblemDocument() {
        Response tooLarge = director().get("/api/v1/territories/" + MORTAGNE + "/meetings?size=1000");
        assertThat(tooLarge.status()).isEqualTo(400);
        assertThat(tooLarge.contentType()).startsWith("application/problem+json");
        assertThat(tooLarge.json().get("type").asString()).isEqualTo("urn:nouage:problem:invalid");
    }

    @Test
    void anUnchangedMeetingIsAnsweredNotModifiedAndAChangedOneAgain() {
        ApiClient director = director();
        long id = meeting(director, slots().from(MORTAGNE, 710));
        Response read = director.get("/api/v1/meetings/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("agenda").isArray()).isTrue();
        String etag = read.header("ETag");
        assertThat(etag).isNotBlank();

        Response again = director.send("GET", "/api/v1/meetings/" + id, null, Map.of("If-None-Match", etag));
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();

        director.post("/api/v1/meetings/" + id + "/items", Map.of("title", "Schéma de mutualisation", "kind",
                "INFORMATION", "sensitive", false));
        Response changed = director.send("GET", "/api/v1/meetings/" + id, null, Map.of("If-None-Match", etag));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.header("ETag")).isNotEqualTo(etag);
        assertThat(changed.json().get("agenda").get(0).get("title").asString()).isEqualTo("Schéma de mutualisation");
    }

    @Test
    void anotherTerritorysMeetingIsAnsweredAsAMissingOneInAProblemDocument() {
        long id = meeting(director(), slots().from(MORTAGNE, 720));
        ApiClient stranger = api().signIn("dg-" + ACHARDS + "@demo.nouage.fr", DEMO_PASSWORD);
        Response other = stranger.get("/api/v1/meetings/" + id);
        Response missing = stranger.get("/api/v1/meetings/1999999999");
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(other.json().get("type").asString()).isEqualTo("urn:nouage:problem:not_found");
        assertThat(other.json().get("detail")).isEqualTo(missing.json().get("detail"));
    }

    @Test
    void minutesAreWrittenWithTheirETagInIfMatchAndRefusedWithoutOrWhenStale() {
        ApiClient director = director();
        long meeting = meeting(director, slots().from(MORTAGNE, 715));
        long item = director.post("/api/v1/meetings/" + meeting + "/items", Map.of("title", "Charte de la commande "
                + "publique", "kind", "INFORMATION", "sensitive", false)).json().get("id").asLong();
        String path = "/api/v1/items/" + item + "/minutes";
        Response read = director.get(path);
        assertThat(read.status()).isEqualTo(200);
        String etag = read.header("ETag");
        assertThat(etag).isNotBlank();

        Response missing = director.send("PUT", path, Map.of("minutes", "Sans version"), Map.of());
        assertThat(missing.status()).isEqualTo(428);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.json().get("type").asString()).isEqualTo("urn:nouage:problem:precondition_required");

        Response saved = director.send("PUT", path, Map.of("minutes", "Première rédaction"), Map.of("If-Match", etag));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.header("ETag")).isNotEqualTo(etag);

        Response stale = director.send("PUT", path, Map.of("minutes", "Écrase l'autre"), Map.of("If-Match", etag));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("type").asString()).isEqualTo("urn:nouage:problem:precondition_failed");
        assertThat(director.get(path).json().get("minutes").asString()).isEqualTo("Première rédaction");
    }

    @Test
    void aMeetingSentTwiceWithTheSameIdempotencyKeyIsCreatedOnce() {
        ApiClient director = director();
        LocalDate day = slots().day(MORTAGNE, LocalDate.now().plusDays(750));
        String key = "reunion-" + day;
        Map<String, String> body = Map.of("startsAt", day.atTime(10, 0).toString(), "place", "Salle du conseil");
        String path = "/api/v1/territories/" + MORTAGNE + "/meetings";
        Response first = director.send("POST", path, body, Map.of("Idempotency-Key", key));
        Response second = director.send("POST", path, body, Map.of("Idempotency-Key", key));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.json().get("id").asLong()).isEqualTo(first.json().get("id").asLong());
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        Response listed = director.get(path + "?from=" + day + "&to=" + day);
        assertThat(listed.json().size()).isEqualTo(1);

        Response other = director.send("POST", path, Map.of("startsAt", day.atTime(15, 0).toString()),
                Map.of("Idempotency-Key", key));
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(other.json().get("type").asString()).isEqualTo("urn:nouage:problem:idempotency_key_reused");
        assertThat(director.get(path + "?from=" + day + "&to=" + day).json().size()).isEqualTo(1);
    }

    @Test
    void aRefusedCreationKeepsNothingSoItsKeyMayBeSentAgainCorrected() {
        ApiClient director = director();
        LocalDate day = slots().day(MORTAGNE, LocalDate.now().plusDays(760));
        String path = "/api/v1/territories/" + MORTAGNE + "/meetings";
        String key = "essai-" + day;
        Response refused = director.send("POST", path, Map.of("startsAt", "1850-01-01T10:00"),
                Map.of("Idempotency-Key", key));
        assertThat(refused.status()).isEqualTo(400);
        // the same key with the same (wrong) request runs again and is refused again, not replayed
        assertThat(director.send("POST", path, Map.of("startsAt", "1850-01-01T10:00"), Map.of("Idempotency-Key", key))
                .header("Idempotent-Replayed")).isNull();
        Response created = director.send("POST", path, Map.of("startsAt", day.atTime(10, 0).toString()),
                Map.of("Idempotency-Key", key));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        // another caller's key of the same name is theirs
        ApiClient facilitator = api().signIn("facilitateur@demo.nouage.fr", DEMO_PASSWORD);
        Response theirs = facilitator.send("POST", path, Map.of("startsAt", day.atTime(14, 0).toString()),
                Map.of("Idempotency-Key", key));
        assertThat(theirs.status()).as(theirs.body()).isEqualTo(201);
        assertThat(theirs.json().get("id").asLong()).isNotEqualTo(created.json().get("id").asLong());
    }

    /** The target of the {@code rel="next"} link, as a path, {@code null} when there is none. */
    static String nextLink(String header) {
        if (header == null) {
            return null;
        }
        for (String link : header.split(",\\s*")) {
            if (link.endsWith("rel=\"next\"")) {
                String uri = link.substring(link.indexOf('<') + 1, link.indexOf('>'));
                return uri.substring(uri.indexOf("/api/"));
            }
        }
        return null;
    }

    static Set<String> rels(String header) {
        Set<String> rels = new HashSet<>();
        for (String link : header.split(",\\s*")) {
            rels.add(link.substring(link.indexOf("rel=\"") + 5, link.length() - 1));
        }
        return rels;
    }
}
