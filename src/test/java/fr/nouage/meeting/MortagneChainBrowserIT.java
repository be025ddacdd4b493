package fr.nouage.meeting;

import static fr.nouage.platform.DateFormats.PARIS;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import fr.nouage.support.BrowserTest;
import fr.nouage.support.ReceivedMail;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * The whole decision chain on the Pays de Mortagne, in a real browser: a conseil communautaire,
 * the collective's meeting planned before it, items proposed by two communes, the agenda frozen and
 * the convocation received (with its invitation), acknowledged, the meeting held with attendance
 * and minutes, the technical opinion read by an élu on the conseil's item, the record in PDF.
 */
@TestPropertySource(properties = {
        "nouage.meeting.freeze-check=PT1H",
        "nouage.notification.retry-interval=PT1H",
        "nouage.notification.digest-check=PT1H",
        "nouage.notification.base-url=http://nouage.test"})
class MortagneChainBrowserIT extends BrowserTest {

    private static final String CHANVERRIE = "85302";
    private static final String GAUBRETIERE = "85097";
    private static final GreenMail MAIL = new GreenMail(new ServerSetup(0, "127.0.0.1", "smtp"));
    private static final Pattern ACK = Pattern.compile("http://nouage\\.test(/convocations/[A-Za-z0-9_-]{43})");

    static {
        MAIL.start();
    }

    @DynamicPropertySource
    static void ownDatabaseAndMailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:chain-" + UUID.randomUUID()
                + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    }

    @Autowired
    Meetings meetings;

    @Autowired
    JdbcClient jdbc;

    @Test
    void fromTheConseilCommunautaireToTheOpinionReadByAnElu() throws Exception {
        LocalDate conseil = LocalDate.now(PARIS).plusDays(24).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));

        // 1. the EPCI's director enters the conseil communautaire and an item of its agenda
        signIn("dg-" + MORTAGNE + "@demo.nouage.fr");
        page.navigate("/territoires/" + MORTAGNE + "/seances/nouvelle");
        assertAccessible(page);
        page.selectOption("#body", "CONSEIL_COMMUNAUTAIRE");
        page.fill("#startsAt", conseil + "T18:30");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer la séance")).click();
        page.waitForURL(url -> url.matches(".*/seances/\\d+$"));
        String sessionPath = page.url().replaceFirst("^https?://[^/]+", "");
        assertThat(page.content()).contains(conseil.minusDays(6).format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", java.util.Locale.FRENCH)));
        page.getByLabel("Intitulé du point").fill("Pacte financier et fiscal");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ajouter le point")).click();
        page.waitForLoadState();
        assertThat(page.content()).contains("Pacte financier et fiscal");
        assertAccessible(page);

        // 2. the collective's meeting is proposed before it, inside the window, and planned
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Planifier la réunion du collectif")).first().click();
        page.waitForURL(url -> url.contains("/reunions/nouvelle"));
        assertAccessible(page);
        String proposed = page.inputValue("#startsAt");
        LocalDate meetingDay = LocalDate.parse(proposed.substring(0, 10));
        assertThat(meetingDay).isBetween(conseil.minusDays(10), conseil.minusDays(2));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Planifier la réunion")).click();
        page.waitForURL(url -> url.matches(".*/reunions/\\d+$"));
        String meetingPath = page.url().replaceFirst("^https?://[^/]+", "");
        long meetingId = Long.parseLong(meetingPath.substring(meetingPath.lastIndexOf('/') + 1));
        assertAccessible(page);

        // 3. two communes propose items, one of them a technical opinion on the conseil's item
        propose("dgs-" + CHANVERRIE + "@demo.nouage.fr", meetingPath, "Avis sur le pacte financier", "TECHNICAL_OPINION", true);
        propose("dgs-" + GAUBRETIERE + "@demo.nouage.fr", meetingPath, "Mutualisation des remplacements", "EXCHANGE", false);

        // 4. the agenda freezes at its lead time (moved into the past here) and the convocation goes out
        jdbc.sql("update meeting set agenda_freezes_at = ? where id = ?")
                .params(java.sql.Timestamp.from(Instant.now().minusSeconds(60)), meetingId).update();
        assertThat(meetings.freezeDue()).contains(meetingId);
        long members = jdbc.sql("""
                select count(distinct a.id) from account a join role_assignment r on r.account_id = a.id
                where a.enabled and r.territory_siren = ? and r.role in ('DIRECTOR', 'FACILITATOR')""")
                .param(MORTAGNE).query(Long.class).single();
        List<ReceivedMail> convocations = List.of();
        for (int attempt = 0; attempt < 120 && convocations.size() < members; attempt++) {
            Thread.sleep(500); // the convocations go out from an asynchronous listener
            convocations = Arrays.stream(MAIL.getReceivedMessages()).map(ReceivedMail::of)
                    .filter(m -> m.attachments().keySet().stream().anyMatch(n -> n.endsWith(".ics"))).toList();
        }
        assertThat(convocations).hasSize((int) members);
        ReceivedMail mine = convocations.stream().filter(m -> m.to().startsWith("dgs-" + CHANVERRIE)).findFirst()
                .orElseThrow();
        assertThat(mine.text()).contains("Avis sur le pacte financier").contains("Mutualisation des remplacements");
        byte[] ics = mine.attachments().entrySet().stream().filter(e -> e.getKey().endsWith(".ics")).findFirst()
                .orElseThrow().getValue();
        Calendar invitation = new CalendarBuilder().build(new StringReader(new String(ics, java.nio.charset.StandardCharsets.UTF_8)));
        VEvent event = invitation.<VEvent>getComponent("VEVENT").orElseThrow();
        Instant start = Instant.from(event.getDateTimeStart().getDate());
        assertThat(start.atZone(PARIS).toLocalDate()).isEqualTo(meetingDay);

        // 5. the member acknowledges receipt with one click, and the facilitator sees it
        Matcher link = ACK.matcher(mine.text());
        assertThat(link.find()).isTrue();
        newSession();
        page.navigate(link.group(1));
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Je confirme avoir reçu la convocation")).click();
        page.waitForLoadState();
        assertThat(page.content()).contains("Réception confirmée");
        newSession();
        signIn("facilitateur@demo.nouage.fr");
        page.navigate(meetingPath + "/convocations");
        assertThat(page.content()).contains("une réception confirmée");
        assertAccessible(page);

        // 6. the meeting is held (its time moved into the past): attendance, minutes, the opinion
        jdbc.sql("update meeting set starts_at = ?, ends_at = ? where id = ?")
                .params(java.sql.Timestamp.from(Instant.now().minusSeconds(7200)),
                        java.sql.Timestamp.from(Instant.now().minusSeconds(600)), meetingId).update();
        page.navigate(meetingPath);
        page.selectOption("#presence-" + MORTAGNE, "PRESENT");
        page.selectOption("#presence-" + jdbc.sql("select siren from collectivity where insee_code = ?")
                .param(CHANVERRIE).query(String.class).single(), "PRESENT");
        page.selectOption("#presence-" + jdbc.sql("select siren from collectivity where insee_code = ?")
                .param(GAUBRETIERE).query(String.class).single(), "EXCUSED");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer les présences")).click();
        page.getByText("Les présences ont été enregistrées").waitFor();
        page.navigate(meetingPath + "/compte-rendu");
        assertAccessible(page);
        long opinionItem = jdbc.sql("select id from agenda_item where meeting_id = ? and kind = 'TECHNICAL_OPINION'")
                .param(meetingId).query(Long.class).single();
        page.fill("#minutes-" + opinionItem, "Le collectif a examiné le projet de pacte. **Accord** sur la méthode.");
        page.locator("#point-" + opinionItem + " input[name=outcome][value=OPINION]").check();
        page.fill("#outcome-text-" + opinionItem, "Avis favorable du collectif, sous réserve d'une clé de répartition revue.");
        page.locator("#point-" + opinionItem + " button[type=submit]").first().click();
        page.locator("#point-" + opinionItem).getByText("Point enregistré.").waitFor();
        page.getByLabel("Présidée par").fill("Direction générale de la CC du Pays de Mortagne");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Marquer la réunion comme tenue")).click();
        page.getByText("Réunion tenue").first().waitFor();

        // 7. the élu reads the technical opinion on the conseil's item
        newSession();
        signIn("elu-" + MORTAGNE + "@demo.nouage.fr");
        page.navigate(sessionPath);
        assertThat(page.content()).contains("Pacte financier et fiscal")
                .contains("Avis favorable du collectif, sous réserve d&#39;une clé de répartition revue.".replace("&#39;", "'"));
        assertAccessible(page);

        // 8. the record of the meeting, as a PDF read back
        APIResponse pdf = page.request().get(meetingPath + "/compte-rendu.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().get("content-type")).startsWith("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Mortagne").contains("Avis sur le pacte financier")
                    .contains("Mutualisation des remplacements").contains("Avis favorable du collectif");
        }
    }

    private void propose(String email, String meetingPath, String title, String kind, boolean linkToConseil) {
        newSession();
        signIn(email);
        page.navigate(meetingPath);
        page.fill("#title", title);
        page.selectOption("#kind", kind);
        if (linkToConseil) {
            page.selectOption("#sessionItem", new com.microsoft.playwright.options.SelectOption().setLabel(
                    page.locator("#sessionItem option").filter(new com.microsoft.playwright.Locator.FilterOptions()
                            .setHasText("Pacte financier et fiscal")).first().textContent().strip()));
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Proposer le point")).click();
        page.waitForLoadState();
        assertThat(page.content()).contains(title);
        assertAccessible(page);
    }
}
