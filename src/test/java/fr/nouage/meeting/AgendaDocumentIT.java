package fr.nouage.meeting;

import static fr.nouage.platform.DateFormats.PARIS;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.nouage.support.IntegrationTest;
import fr.nouage.support.TestDocuments;
import fr.nouage.support.WebClient;
import fr.nouage.support.WebClient.Page;

class AgendaDocumentIT extends IntegrationTest {

    private static final AtomicInteger NEXT_DAY = new AtomicInteger(61);
    private static final String DIRECTOR = "dg-" + MORTAGNE + "@demo.nouage.fr";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    AgendaDocuments documents;

    /** An agenda item of a new Mortagne meeting, and the path of its page. */
    private record Item(long meetingId, long itemId, String page) {
        String documents() {
            return page + "/documents";
        }
    }

    private Item newItem() {
        LocalDateTime start = slots().from(MORTAGNE, LocalDateTime.now(PARIS).plusDays(NEXT_DAY.getAndIncrement())
                .withHour(14).withMinute(0));
        var director = api().signIn(DIRECTOR, DEMO_PASSWORD);
        long meeting = director.post("/api/v1/territories/" + MORTAGNE + "/meetings", Map.of("startsAt", start.toString()))
                .json().get("id").asLong();
        long item = director.post("/api/v1/meetings/" + meeting + "/items",
                Map.of("title", "Orientations budgétaires 2027", "kind", "EXCHANGE")).json().get("id").asLong();
        return new Item(meeting, item, "/territoires/" + MORTAGNE + "/reunions/" + meeting + "/points/" + item);
    }

    private WebClient director() {
        return new WebClient(baseUrl()).signIn(DIRECTOR, DEMO_PASSWORD);
    }

    @Test
    void aDirectorAttachesAPdfAndADocxThatTheTerritoryDownloads() {
        Item item = newItem();
        WebClient director = director();
        byte[] pdf = TestDocuments.pdf("rapport");
        Page uploaded = director.upload(item.page(), item.documents(), "fichier", "ROB 2027.pdf", pdf);
        assertThat(uploaded.status()).isEqualTo(302);
        assertThat(uploaded.location()).isEqualTo(item.page());
        Page page = director.get(item.page());
        assertThat(page.body()).contains("ROB 2027.pdf", "Document ajouté.", "Orientations budgétaires 2027");
        assertThat(director.get(item.page(), "HX-Request", "true").body()).startsWith("<div id=\"documents\">")
                .contains("ROB 2027.pdf").doesNotContain("<html");

        Page fragment = director.upload(item.page(), item.documents(), "fichier", "note.docx",
                TestDocuments.docx("Synthèse"), "HX-Request", "true");
        assertThat(fragment.status()).isEqualTo(200);
        assertThat(fragment.body()).startsWith("<div id=\"documents\">").doesNotContain("<html")
                .contains("ROB 2027.pdf", "note.docx", "DOCX");

        AgendaDocument stored = documents.ofItem(item.itemId()).get(0);
        assertThat(stored.late()).isFalse();
        Page download = new WebClient(baseUrl()).signIn("elu-" + MORTAGNE + "@demo.nouage.fr", DEMO_PASSWORD)
                .get(item.documents() + "/" + stored.id());
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.bytes()).isEqualTo(pdf);
        assertThat(download.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(download.header("Content-Disposition")).startsWith("attachment;").contains("ROB 2027.pdf");
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void anotherTerritoryNeitherSeesNorDownloadsTheDocuments() {
        Item item = newItem();
        director().upload(item.page(), item.documents(), "fichier", "plan.png", TestDocuments.png());
        long id = documents.ofItem(item.itemId()).get(0).id();
        WebClient foreign = new WebClient(baseUrl()).signIn("dg-" + ACHARDS + "@demo.nouage.fr", DEMO_PASSWORD);
        assertThat(foreign.get(item.page()).status()).isEqualTo(403);
        assertThat(foreign.get(item.documents() + "/" + id).status()).isEqualTo(403);
        assertThat(new WebClient(baseUrl()).get(item.documents() + "/" + id).status()).isEqualTo(302);
    }

    @Test
    void anElectedMemberReadsTheItemButCannotUpload() {
        Item item = newItem();
        WebClient elected = new WebClient(baseUrl()).signIn("elu-" + MORTAGNE + "@demo.nouage.fr", DEMO_PASSWORD);
        Page page = elected.get(item.page());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("type=\"file\"");
        assertThat(director().upload(item.page(), item.documents(), "fichier", "x.pdf", TestDocuments.pdf("x")).status())
                .isEqualTo(302);
        WebClient withToken = new WebClient(baseUrl()).signIn("elu-" + MORTAGNE + "@demo.nouage.fr", DEMO_PASSWORD);
        // the élu's own page has no form, so borrow the token of a page that has one: the sign-in form's
        assertThat(withToken.upload("/login", item.documents(), "fichier", "y.pdf", TestDocuments.pdf("y")).status())
                .isIn(403);
        assertThat(documents.ofItem(item.itemId())).hasSize(1);
    }

    @Test
    void anExecutableRenamedPdfIsRefusedWithAFrenchMessage() {
        Item item = newItem();
        Page refused = director().upload(item.page(), item.documents(), "fichier", "budget.pdf", TestDocuments.exe());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("ni un PDF", "pas été enregistré");
        assertThat(documents.ofItem(item.itemId())).isEmpty();
    }

    @Test
    void aFileOver20MegabytesIsRefusedWithAFrenchMessage() {
        Item item = newItem();
        byte[] big = Arrays.copyOf(TestDocuments.pdf("gros"), 21 * 1024 * 1024);
        Page refused = director().upload(item.page(), item.documents(), "fichier", "annexes.pdf", big);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("dépasse 20 Mo");
        assertThat(documents.ofItem(item.itemId())).isEmpty();
    }

    @Test
    void withHtmxARefusalComesBackInTheFragment() {
        Item item = newItem();
        Page refused = director().upload(item.page(), item.documents(), "fichier", "budget.pdf", TestDocuments.exe(),
                "HX-Request", "true");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).startsWith("<div id=\"documents\">").contains("role=\"alert\"", "ni un PDF");
    }

    @Test
    void aFileOverTheServerLimitGetsTheFrenchPageForTooLargeFiles() {
        Item item = newItem();
        byte[] huge = Arrays.copyOf(TestDocuments.pdf("énorme"), 31 * 1024 * 1024);
        // the token field comes before the file, as in the form, so it is read though the file is refused
        Page refused = director().upload(item.page(), item.documents(), "fichier", "annexes.pdf", huge);
        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.body()).contains("Fichier trop volumineux");
        assertThat(documents.ofItem(item.itemId())).isEmpty();
    }

    @Test
    void aDocumentAddedAfterTheFreezeIsTimestampedAndMarkedLate() {
        Item item = newItem();
        director().upload(item.page(), item.documents(), "fichier", "avant.pdf", TestDocuments.pdf("avant"));
        jdbc.sql("update meeting set frozen_at = current_timestamp where id = ?").param(item.meetingId()).update();
        Page page = director().get(item.page());
        assertThat(page.body()).contains("sera marqué comme ajouté en retard");
        director().upload(item.page(), item.documents(), "fichier", "apres.pdf", TestDocuments.pdf("après"));
        assertThat(documents.ofItem(item.itemId())).extracting(AgendaDocument::fileName, AgendaDocument::late)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("avant.pdf", false),
                        org.assertj.core.groups.Tuple.tuple("apres.pdf", true));
        assertThat(director().get(item.page()).body()).containsOnlyOnce("ajouté après l'envoi de la convocation");
    }

    @Test
    void aPathTraversalInTheFileNameIsNeutralised() {
        Item item = newItem();
        director().upload(item.page(), item.documents(), "fichier", "../../../etc/cron.d/evil.pdf", TestDocuments.pdf("x"));
        AgendaDocument stored = documents.ofItem(item.itemId()).get(0);
        assertThat(stored.fileName()).isEqualTo("evil.pdf");
        Page download = director().get(item.documents() + "/" + stored.id());
        assertThat(download.header("Content-Disposition")).startsWith("attachment; filename=\"evil.pdf\"")
                .doesNotContain("..", "/");
    }

    @Test
    void theSameFileSentTwiceGivesOneDocument() {
        Item item = newItem();
        WebClient director = director();
        byte[] odt = TestDocuments.odt();
        director.upload(item.page(), item.documents(), "fichier", "compte-rendu.odt", odt);
        director.upload(item.page(), item.documents(), "fichier", "compte-rendu.odt", odt);
        assertThat(documents.ofItem(item.itemId())).hasSize(1);
    }

    @Test
    void anItemOfAnotherMeetingIsNotFound() {
        Item item = newItem();
        Item other = newItem();
        String wrong = "/territoires/" + MORTAGNE + "/reunions/" + item.meetingId() + "/points/" + other.itemId();
        assertThat(director().get(wrong).status()).isEqualTo(404);
    }
}
