package fr.nouage.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.nouage.support.ApiClient;
import fr.nouage.support.IntegrationTest;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

class CalendarFeedIT extends IntegrationTest {

    private static final String DIRECTOR = "dg-" + MORTAGNE + "@demo.nouage.fr";
    private static final String FEEDS = "/territoires/" + MORTAGNE + "/flux";

    @Test
    void theApiCalendarHoldsTheTerritorysMeetingsAndSessionsAndRefusesOtherTerritories() throws Exception {
        ApiClient api = api().signIn(DIRECTOR, DEMO_PASSWORD);
        RecordsFixture.Session session = RecordsFixture.conseil(api, MORTAGNE);
        long meeting = RecordsFixture.meeting(api, MORTAGNE, session.id(), session.upstreamStart());

        ApiClient.Response ics = api.get("/api/v1/territories/" + MORTAGNE + "/calendar.ics");
        assertThat(ics.status()).isEqualTo(200);
        assertThat(ics.contentType()).startsWith("text/calendar");
        List<VEvent> events = events(ics.body());
        VEvent collective = event(events, "meeting-" + meeting + "@nouage");
        assertThat(collective.getSummary().getValue()).contains("Collectif des directeurs", "Pays de Mortagne");
        assertThat(collective.getLocation().getValue()).isEqualTo("Salle du conseil");
        assertThat(collective.getDateTimeStart().getValue()).endsWith("Z");
        VEvent conseil = event(events, "session-" + session.id() + "@nouage");
        assertThat(conseil.getSummary().getValue()).isEqualTo("Conseil communautaire");
        assertThat(conseil.getDescription().getValue()).contains("Convocation à envoyer au plus tard le");

        assertThat(api().signIn("elu-" + MORTAGNE + "@demo.nouage.fr", DEMO_PASSWORD)
                .get("/api/v1/territories/" + MORTAGNE + "/calendar.ics").status()).isEqualTo(200);
        ApiClient.Response foreign = api().signIn("dg-" + ACHARDS + "@demo.nouage.fr", DEMO_PASSWORD)
                .get("/api/v1/territories/" + MORTAGNE + "/calendar.ics");
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(api().get("/api/v1/territories/" + MORTAGNE + "/calendar.ics").status()).isEqualTo(401);
    }

    @Test
    void aPrivateFeedOpensWithItsTokenAloneUntilRevoked() throws Exception {
        long meeting = RecordsFixture.meeting(api().signIn(DIRECTOR, DEMO_PASSWORD), MORTAGNE);
        FormBrowser director = new FormBrowser(baseUrl()).signIn(DIRECTOR, DEMO_PASSWORD);
        assertThat(director.get(FEEDS).status()).isEqualTo(200);

        FormBrowser.Page created = director.post(FEEDS, java.util.Map.of());
        assertThat(created.status()).isEqualTo(302);
        String url = created.find("id=\"feed-url\" readonly value=\"([^\"]+)\"");
        assertThat(url).startsWith(baseUrl() + "/flux/").endsWith(".ics");
        String token = url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
        assertThat(director.get(FEEDS).body()).doesNotContain(token).contains("Actif");

        HttpResponse<String> feed = anonymous(url);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        assertThat(feed.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        event(events(feed.body()), "meeting-" + meeting + "@nouage");

        String feedId = director.get(FEEDS).find("/flux/(\\d+)/revocation");
        FormBrowser foreign = new FormBrowser(baseUrl()).signIn("dg-" + ACHARDS + "@demo.nouage.fr", DEMO_PASSWORD);
        assertThat(foreign.post("/territoires/" + ACHARDS + "/flux/" + feedId + "/revocation", java.util.Map.of())
                .status()).isEqualTo(404);
        assertThat(foreign.post(FEEDS, java.util.Map.of()).status()).isEqualTo(403);
        assertThat(anonymous(url).statusCode()).isEqualTo(200);

        FormBrowser.Page revoked = director.post(FEEDS + "/" + feedId + "/revocation", java.util.Map.of());
        assertThat(revoked.body()).contains("Flux révoqué", "Révoqué le");
        assertThat(anonymous(url).statusCode()).isEqualTo(404);
        assertThat(anonymous(baseUrl() + "/flux/" + "A".repeat(43) + ".ics").statusCode()).isEqualTo(404);
        assertThat(anonymous(baseUrl() + "/flux/nimporte-quoi.ics").statusCode()).isEqualTo(404);
    }

    @Test
    void onlyDirectorsAndTheFacilitatorManageTheFeeds() {
        FormBrowser elected = new FormBrowser(baseUrl()).signIn("elu-" + MORTAGNE + "@demo.nouage.fr", DEMO_PASSWORD);
        assertThat(elected.get(FEEDS).status()).isEqualTo(403);
        assertThat(elected.post(FEEDS, java.util.Map.of()).status()).isEqualTo(403);
        FormBrowser facilitator = new FormBrowser(baseUrl()).signIn("facilitateur@demo.nouage.fr", DEMO_PASSWORD);
        assertThat(facilitator.post(FEEDS, java.util.Map.of()).body()).contains("id=\"feed-url\"");
    }

    private static HttpResponse<String> anonymous(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<VEvent> events(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        return calendar.getComponents("VEVENT").stream().map(VEvent.class::cast).toList();
    }

    private static VEvent event(List<VEvent> events, String uid) {
        return events.stream().filter(e -> e.getUid().map(u -> u.getValue().equals(uid)).orElse(false)).findFirst()
                .orElseThrow(() -> new AssertionError("no event " + uid));
    }
}
