package fr.nouage.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.nouage.account.Account;
import fr.nouage.account.Accounts;
import fr.nouage.support.ApiClient;
import fr.nouage.support.ApiClient.Response;
import fr.nouage.support.IntegrationTest;
import fr.nouage.support.TestDocuments;

/** A director's daily writes through the API: documents, convocation, actions. */
class DirectorApiIT extends IntegrationTest {

    @Autowired
    Convocations convocations;

    @Autowired
    Accounts accounts;

    private ApiClient director;

    private long[] meetingWithItem(int daysAhead) {
        director = api().signIn("dg-" + MORTAGNE + "@demo.nouage.fr", DEMO_PASSWORD);
        LocalDateTime start = slots().from(MORTAGNE, daysAhead);
        long meeting = director.post("/api/v1/territories/" + MORTAGNE + "/meetings", Map.of("startsAt",
                start.toString())).json().get("id").asLong();
        long item = director.post("/api/v1/meetings/" + meeting + "/items", Map.of("title", "Groupement de commandes",
                "kind", "DECISION", "sensitive", false)).json().get("id").asLong();
        return new long[] {meeting, item};
    }

    @Test
    void aDocumentUploadedToAnItemIsListedWithTheMeetingAndDownloadedAsSent() {
        long[] ids = meetingWithItem(780);
        byte[] pdf = TestDocuments.pdf("Note de cadrage");
        Response uploaded = director.send("POST", "/api/v1/items/" + ids[1] + "/documents?fileName=cadrage.pdf",
                null, Map.of());
        assertThat(uploaded.status()).isEqualTo(400);
        Response created = upload(ids[1], pdf);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String href = created.json().get("href").asString();
        assertThat(created.header("Location")).endsWith(href);
        assertThat(created.json().get("contentType").asString()).isEqualTo("application/pdf");

        var agenda = director.get("/api/v1/meetings/" + ids[0]).json().get("agenda").get(0);
        assertThat(agenda.get("documents").get(0).get("href").asString()).isEqualTo(href);
        Response download = director.get(href);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).startsWith("application/pdf");

        Response stranger = api().signIn("dg-" + ACHARDS + "@demo.nouage.fr", DEMO_PASSWORD).get(href);
        assertThat(stranger.status()).isEqualTo(404);
    }

    private Response upload(long item, byte[] content) {
        return director.postBytes("/api/v1/items/" + item + "/documents?fileName=cadrage.pdf", "application/pdf",
                content);
    }

    @Test
    void anActionIsCreatedOnAnItemThenClosedWithItsVersion() {
        long[] ids = meetingWithItem(790);
        LocalDate due = LocalDate.now().plusDays(800);
        Response created = director.post("/api/v1/items/" + ids[1] + "/actions", Map.of("title",
                "Rédiger la convention de groupement", "ownerSiren", MORTAGNE, "dueOn", due.toString()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        String etag = created.header("ETag");
        String path = "/api/v1/territories/" + MORTAGNE + "/actions/" + id + "/status";

        assertThat(director.send("PUT", path, Map.of("status", "DONE"), Map.of()).status()).isEqualTo(428);
        Response closed = director.send("PUT", path, Map.of("status", "DONE"), Map.of("If-Match", etag));
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().get("status").asString()).isEqualTo("DONE");
        Response stale = director.send("PUT", path, Map.of("status", "IN_PROGRESS"), Map.of("If-Match", etag));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(director.get("/api/v1/territories/" + MORTAGNE + "/actions?size=100").body())
                .doesNotContain("\"id\":" + id + ",");
    }

    @Test
    void aMemberAcknowledgesTheirSentConvocationOnceAndNobodyElseCan() {
        long[] ids = meetingWithItem(795);
        Account account = accounts.findByEmail("dg-" + MORTAGNE + "@demo.nouage.fr").orElseThrow();
        String path = "/api/v1/meetings/" + ids[0] + "/convocation/acknowledgement";
        assertThat(director.post(path, Map.of()).status()).isEqualTo(404);

        convocations.prepare(ids[0], List.of(new Convocations.Recipient(account.id(), account.email())));
        Convocation convocation = convocations.ofMeeting(ids[0]).stream()
                .filter(c -> c.accountId() == account.id()).findFirst().orElseThrow();
        convocations.send(convocation.id(), token -> { });
        Response first = director.post(path, Map.of());
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        String acknowledgedAt = first.json().get("acknowledgedAt").asString();
        assertThat(acknowledgedAt).isNotBlank();
        assertThat(director.post(path, Map.of()).json().get("acknowledgedAt").asString()).isEqualTo(acknowledgedAt);
    }
}
