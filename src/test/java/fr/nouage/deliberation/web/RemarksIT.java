package fr.nouage.deliberation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.nouage.meeting.Meeting;
import fr.nouage.meeting.Meetings;
import fr.nouage.support.IntegrationTest;
import fr.nouage.support.PageClient;
import fr.nouage.support.PageClient.Page;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;

/** The box of anonymous remarks before a meeting of the Pays d'Ancenis (meetings in 2042). */
@ExtendWith(OutputCaptureExtension.class)
class RemarksIT extends IntegrationTest {

    @Autowired
    Meetings meetings;
    @Autowired
    Territories territories;
    @Autowired
    JdbcClient jdbc;

    private DeliberationFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new DeliberationFixture(meetings, territories, baseUrl());
    }

    private static Page drop(PageClient client, String path, String category, String text) {
        client.get(path);
        return client.post(path, Map.of("sujet", category, "texte", text));
    }

    @Test
    void theFacilitatorReadsTheRemarksWithoutNamesOnlyFromFiveAnswers(CapturedOutput output) {
        Meeting meeting = fixture.meeting(ANCENIS, LocalDateTime.of(2042, 5, 13, 9, 0));
        String path = "/territoires/" + ANCENIS + "/reunions/" + meeting.id() + "/remarques";
        List<Collectivity> authors = fixture.communes(ANCENIS).subList(0, 5);
        String marker = "remarque-" + System.nanoTime();
        PageClient facilitator = fixture.facilitator();
        assertThat(facilitator.get("/territoires/" + ANCENIS + "/reunions/" + meeting.id()).body()).contains(path);

        for (int i = 0; i < 4; i++) {
            PageClient director = fixture.director(authors.get(i));
            Page dropped = drop(director, path, i % 2 == 0 ? "SENSITIVE_TOPIC" : "GROUP_FUNCTIONING",
                    marker + " n°" + i + (i == 0 ? " : Jean-Michel Martin coupe toujours la parole aux petites communes" : ""));
            assertThat(dropped.status()).isEqualTo(302);
            assertThat(director.follow(dropped).text()).contains("Votre remarque a été déposée anonymement.")
                    .contains("Vous avez déjà déposé votre remarque pour cette réunion.");
        }
        Page below = facilitator.get(path);
        assertThat(below.text()).contains("4 personnes ont répondu.")
                .contains("Les remarques resteront fermées jusqu'à 5 réponses : il en manque encore une.")
                .doesNotContain(marker);

        PageClient again = fixture.director(authors.get(1));
        Page twice = drop(again, path, "SENSITIVE_TOPIC", marker + " bis");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.text()).contains("Vous avez déjà déposé une remarque pour cette réunion : une seule par personne.");

        PageClient fifth = fixture.director(authors.get(4));
        assertThat(drop(fifth, path, "GROUP_FUNCTIONING", marker + " n°4").status()).isEqualTo(302);

        Page above = facilitator.get(path);
        assertThat(above.text()).contains("5 personnes ont répondu.").contains(marker + " n°0 : Jean-Michel Martin")
                .contains(marker + " n°4").doesNotContain(marker + " bis").contains("Le fonctionnement du groupe");
        assertThat(PageClient.all(java.util.regex.Pattern.compile("(" + marker + " n°\\d)"), above.text())).hasSize(5);
        for (Collectivity author : authors) {
            assertThat(above.text()).doesNotContain(author.name()).doesNotContain(author.inseeCode());
        }
        assertThat(fifth.get(path).text()).doesNotContain(marker).contains("Seul le facilitateur lit les remarques");

        Page elu = drop(fixture.signIn("elu-" + ANCENIS + "@demo.nouage.fr"), path, "SENSITIVE_TOPIC", marker + " élu");
        assertThat(elu.status()).isEqualTo(403);
        assertThat(elu.text()).contains("Seuls les directeurs des collectivités du territoire déposent des remarques.");

        assertThat(output.getAll()).doesNotContain(marker);
    }

    @Test
    void noTableOrColumnLinksARemarkToAnAccount() {
        Meeting meeting = fixture.meeting(ANCENIS, LocalDateTime.of(2042, 5, 20, 9, 0));
        String path = "/territoires/" + ANCENIS + "/reunions/" + meeting.id() + "/remarques";
        Collectivity author = fixture.communes(ANCENIS).get(6);
        assertThat(drop(fixture.director(author), path, "SENSITIVE_TOPIC", "Le sujet des piscines n'est jamais abordé")
                .status()).isEqualTo(302);

        PageClient other = fixture.director(fixture.communes(ANCENIS).get(9));
        Page empty = drop(other, path, "SENSITIVE_TOPIC", "   ");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.text()).contains("Écrivez votre remarque (2 000 caractères au plus).");
        assertThat(other.get(path).text()).contains("1 personne a répondu.").contains("name=\"texte\"");

        assertThat(columns("anonymous_remark")).containsExactlyInAnyOrder("id", "meeting_id", "category", "text");
        assertThat(columns("remark_participation")).containsExactlyInAnyOrder("meeting_id", "participant_hash");
        List<String> remarkTables = jdbc.sql("""
                select table_name from information_schema.columns where lower(table_schema) = 'public'
                and (lower(column_name) like '%remark%' or lower(table_name) like '%remark%')""").query(String.class).list().stream().map(String::toLowerCase)
                .distinct().toList();
        assertThat(remarkTables).containsExactlyInAnyOrder("anonymous_remark", "remark_participation");

        String hash = jdbc.sql("select participant_hash from remark_participation where meeting_id = ?")
                .param(meeting.id()).query(String.class).single();
        Long accountId = jdbc.sql("select id from account where email = ?")
                .param("dgs-" + author.inseeCode() + "@demo.nouage.fr").query(Long.class).single();
        // a keyed hash: not the plain digest of the meeting and the account, which anyone could recompute
        assertThat(hash).matches("[0-9a-f]{64}").isNotEqualTo(sha256(meeting.id() + ":" + accountId))
                .isNotEqualTo(sha256(meeting.id() + "" + accountId)).isNotEqualTo(sha256(accountId + ":" + meeting.id()));
        String id = jdbc.sql("select id from anonymous_remark where meeting_id = ?").param(meeting.id())
                .query(String.class).single();
        assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}");
    }

    @Test
    void theBoxClosesWhenTheMeetingStarts() {
        Meeting meeting = fixture.meeting(ANCENIS, LocalDateTime.of(2042, 5, 27, 9, 0));
        jdbc.sql("update meeting set starts_at = starts_at - interval '7300' day, ends_at = ends_at - interval '7300' day where id = ?")
                .param(meeting.id()).update();
        String path = "/territoires/" + ANCENIS + "/reunions/" + meeting.id() + "/remarques";
        PageClient director = fixture.director(fixture.communes(ANCENIS).get(7));

        assertThat(director.get(path).text()).contains("La réunion a commencé : la boîte à remarques est close.")
                .doesNotContain("name=\"texte\"");
        Page late = drop(director, path, "SENSITIVE_TOPIC", "Trop tard");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.text()).contains("La réunion a commencé : la boîte à remarques est close.");
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> columns(String table) {
        return jdbc.sql("select column_name from information_schema.columns where lower(table_name) = ?").param(table)
                .query(String.class).list().stream().map(String::toLowerCase).toList();
    }
}
