package fr.nouage.notification;

import static fr.nouage.platform.DateFormats.PARIS;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import fr.nouage.account.Account;
import fr.nouage.account.Accounts;
import fr.nouage.account.Role;
import fr.nouage.meeting.Convocations;
import fr.nouage.meeting.Meetings;
import fr.nouage.notification.internal.Digests;
import fr.nouage.notification.internal.MailRetry;
import fr.nouage.support.ApiClient;
import fr.nouage.support.NouageIT;
import fr.nouage.support.ReceivedMail;
import fr.nouage.support.TestDocuments;
import fr.nouage.support.WebClient;
import fr.nouage.support.WebClient.Page;

/**
 * Convocations, notifications and digests as the members receive them, in a test SMTP server
 * (GreenMail). Each subclass runs them on its own database, so that nothing else sends mail there.
 */
@TestPropertySource(properties = {
        "nouage.meeting.freeze-check=PT1H",
        "nouage.notification.retry-interval=PT1H",
        "nouage.notification.digest-check=PT1H",
        "nouage.notification.base-url=http://nouage.test",
        "nouage.notification.from=convocations@nouage.test",
        "nouage.notification.attachments-max=2KB"})
abstract class NotificationMailTests extends NouageIT {

    static final GreenMail MAIL = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", "smtp"));
    private static final Pattern ACK = Pattern.compile("http://nouage\\.test/convocations/([A-Za-z0-9_-]{43})");

    static {
        MAIL.start();
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getServerSetup().getPort());
    }

    @Autowired
    Meetings meetings;
    @Autowired
    Convocations convocations;
    @Autowired
    Accounts accounts;
    @Autowired
    Notifications notifications;
    @Autowired
    Digests digests;
    @Autowired
    MailRetry retry;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void emptyMailboxes() throws Exception {
        MAIL.purgeEmailFromAllMailboxes();
    }

    @Test
    void theConvocationGoesOutOnceToEachMemberWithTheAgendaTheDocumentsAndAnInvitation() throws Exception {
        List<Account> members = members(MORTAGNE);
        assertThat(members).hasSize(13);
        Account commune = members.stream().filter(a -> a.roles().stream()
                .anyMatch(r -> r.role() == Role.DIRECTOR && !MORTAGNE.equals(r.collectivitySiren()))).findFirst().orElseThrow();
        String epciDirector = "dg-" + MORTAGNE + "@demo.nouage.fr";
        ApiClient director = api().signIn(epciDirector, DEMO_PASSWORD);
        LocalDateTime start = LocalDateTime.now(PARIS).plusHours(49).truncatedTo(ChronoUnit.MINUTES);
        long meetingId = director.post("/api/v1/territories/" + MORTAGNE + "/meetings",
                Map.of("startsAt", start.toString(), "place", "Salle du conseil, Mortagne-sur-Sèvre")).json().get("id").asLong();
        long first = director.post("/api/v1/meetings/" + meetingId + "/items", Map.of("title",
                "Schéma de mutualisation des services", "kind", "TECHNICAL_OPINION", "sensitive", false)).json().get("id").asLong();
        long second = api().signIn(commune.email(), DEMO_PASSWORD).post("/api/v1/meetings/" + meetingId + "/items",
                Map.of("title", "Fermeture de la trésorerie", "kind", "EXCHANGE", "sensitive", true)).json().get("id").asLong();
        String itemPage = "/territoires/" + MORTAGNE + "/reunions/" + meetingId + "/points/" + first;
        WebClient web = new WebClient(baseUrl()).signIn(epciDirector, DEMO_PASSWORD);
        byte[] pdf = TestDocuments.pdf("projet de schéma");
        assertThat(web.upload(itemPage, itemPage + "/documents", "fichier", "Projet de schéma.pdf", pdf).status())
                .isEqualTo(302);
        // over the attachments' budget (2 KB in this test), a document is linked instead of joined
        String secondPage = "/territoires/" + MORTAGNE + "/reunions/" + meetingId + "/points/" + second;
        byte[] big = Arrays.copyOf(TestDocuments.pdf("budget annexe"), 4096);
        web.upload(secondPage, secondPage + "/documents", "fichier", "Budget annexe.pdf", big);
        // each proposal is told at once to the other 12 members
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(mails(m -> m.subject().contains("Schéma de mutualisation"))).hasSize(12);
            assertThat(mails(m -> m.subject().contains("Fermeture de la trésorerie"))).hasSize(12);
        });

        jdbc.sql("update meeting set agenda_freezes_at = ? where id = ?")
                .params(java.sql.Timestamp.from(Instant.now().minusSeconds(60)), meetingId).update();
        assertThat(meetings.freezeDue()).containsExactly(meetingId);

        await().atMost(Duration.ofSeconds(30)).until(() -> convocationMails().size() >= 13);
        List<ReceivedMail> sent = convocationMails();
        assertThat(sent).extracting(ReceivedMail::to)
                .containsExactlyInAnyOrderElementsOf(members.stream().map(Account::email).toList());

        ReceivedMail mail = sent.stream().filter(m -> m.to().equals(epciDirector)).findFirst().orElseThrow();
        ZonedDateTime startsAt = start.atZone(PARIS);
        assertThat(mail.subject()).contains(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH).format(startsAt));
        assertThat(mail.text()).contains(
                "1. Schéma de mutualisation des services — Avis technique",
                "2. Fermeture de la trésorerie — Échange — sujet sensible",
                "Document joint : Projet de schéma.pdf",
                "Document à télécharger (trop volumineux pour être joint) : Budget annexe.pdf — http://nouage.test"
                        + secondPage + "/documents/",
                "Lieu : Salle du conseil, Mortagne-sur-Sèvre",
                DateTimeFormatter.ofPattern("H' h 'mm", Locale.FRENCH).format(startsAt) + " à ");
        assertThat(mail.attachments().get("Projet de schéma.pdf")).isEqualTo(pdf);
        assertThat(mail.attachments()).containsOnlyKeys("convocation.ics", "Projet de schéma.pdf");
        assertThat(mail.types().get("convocation.ics")).contains("text/calendar").contains("method=REQUEST");
        Calendar ics = new CalendarBuilder().build(new StringReader(
                new String(mail.attachments().get("convocation.ics"), StandardCharsets.UTF_8)));
        assertThat(ics.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
        VEvent event = (VEvent) ics.getComponent(Component.VEVENT).orElseThrow();
        assertThat(Instant.from(event.getDateTimeStart().getDate())).isEqualTo(startsAt.toInstant());
        assertThat(event.getProperty(Property.ATTENDEE).orElseThrow().getValue()).isEqualTo("mailto:" + epciDirector);

        // the acknowledgement: the link shows a button (a mail scanner opening it confirms nothing)
        String token = ack(mail);
        WebClient anonymous = new WebClient(baseUrl());
        Page link = anonymous.get("/convocations/" + token);
        assertThat(link.status()).isEqualTo(200);
        assertThat(link.body()).contains("Je confirme avoir reçu la convocation").doesNotContain("Réception confirmée");
        Page confirmed = anonymous.postForm("/convocations/" + token, "/convocations/" + token, Map.of());
        assertThat(confirmed.status()).isEqualTo(302);
        assertThat(anonymous.get("/convocations/" + token).body()).contains("Réception confirmée");
        assertThat(anonymous.get("/convocations/" + "x".repeat(43)).status()).isEqualTo(404);

        String convocationsPage = "/territoires/" + MORTAGNE + "/reunions/" + meetingId + "/convocations";
        Page facilitatorView = new WebClient(baseUrl()).signIn("facilitateur@demo.nouage.fr", DEMO_PASSWORD)
                .get(convocationsPage);
        assertThat(facilitatorView.status()).isEqualTo(200);
        assertThat(facilitatorView.body())
                .contains("13 convocations envoyées, une réception confirmée, 12 en attente de confirmation")
                .containsOnlyOnce("Confirmée le").contains(commune.email());
        assertThat(web.get(convocationsPage).status()).isEqualTo(403);

        // never twice: neither a second freeze nor the retry job sends anything more
        assertThat(meetings.freezeDue()).isEmpty();
        assertThat(retry.retry()).isZero();
        assertThat(convocations.ofMeeting(meetingId)).hasSize(13).allMatch(c -> c.sentAt() != null);
        Thread.sleep(500);
        assertThat(convocationMails()).hasSize(13);

        // each member also sees the convocation in the app
        Page inbox = new WebClient(baseUrl()).signIn(commune.email(), DEMO_PASSWORD).get("/notifications");
        assertThat(inbox.body()).contains("Convocation à la réunion du collectif du");

        // a document added now is marked late, and the members are told at once
        byte[] annex = TestDocuments.pdf("annexe");
        web.upload(itemPage, itemPage + "/documents", "fichier", "Annexe financière.pdf", annex);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(mails(m -> m.subject().contains("Document ajouté après la convocation"))).hasSize(12));
    }

    @Test
    void notificationsFollowEachMembersPreferenceAndDigestsGoOutOncePerPeriod() throws Exception {
        List<Account> members = members(ACHARDS);
        List<Account> communeDirectors = members.stream().filter(a -> a.roles().stream()
                .anyMatch(r -> r.role() == Role.DIRECTOR && !ACHARDS.equals(r.collectivitySiren()))).toList();
        Account daily = communeDirectors.get(0);
        Account weekly = communeDirectors.get(1);

        WebClient dailyWeb = new WebClient(baseUrl()).signIn(daily.email(), DEMO_PASSWORD);
        Page refused = dailyWeb.postForm("/compte/notifications", "/compte/notifications", Map.of("frequence", "HOURLY"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Choisissez une des trois possibilités");
        Page saved = dailyWeb.postForm("/compte/notifications", "/compte/notifications", Map.of("frequence", "DAILY"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(dailyWeb.get("/compte/notifications").body()).contains("Préférence enregistrée.")
                .containsPattern("value=\"DAILY\"\\s+checked");
        notifications.chooseFrequency(weekly.id(), Frequency.WEEKLY);

        ApiClient director = api().signIn("dg-" + ACHARDS + "@demo.nouage.fr", DEMO_PASSWORD);
        LocalDateTime start = LocalDateTime.now(PARIS).plusDays(20).withHour(10).truncatedTo(ChronoUnit.HOURS);
        long meetingId = director.post("/api/v1/territories/" + ACHARDS + "/meetings", Map.of("startsAt", start.toString()))
                .json().get("id").asLong();
        director.post("/api/v1/meetings/" + meetingId + "/items",
                Map.of("title", "Plan de formation mutualisé", "kind", "DECISION"));

        int others = members.size() - 1;
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(notifications.inbox(daily.id())).hasSize(1);
            assertThat(notifications.inbox(weekly.id())).hasSize(1);
            assertThat(mails(m -> m.subject().contains("Plan de formation mutualisé"))).hasSize(others - 2);
        });
        assertThat(mails(m -> Set.of(daily.email(), weekly.email()).contains(m.to()))).isEmpty();
        int unread = notifications.count(daily.id());
        assertThat(dailyWeb.get("/notifications").body())
                .contains("Nouveau point « Plan de formation mutualisé » proposé par",
                        "<span class=\"badge\">" + unread + "<span class=\"visually-hidden\"> "
                                + (unread == 1 ? "notification non lue" : "notifications non lues"));

        // what happened on Wednesday goes in Thursday's daily digest and in Monday's weekly one
        Instant wednesday = paris("2031-01-15T10:00");
        jdbc.sql("update notification set created_at = ? where account_id in (?, ?)")
                .params(java.sql.Timestamp.from(wednesday), daily.id(), weekly.id()).update();
        assertThat(digests.sendDue(paris("2031-01-16T06:59"))).isZero();
        Instant thursday = paris("2031-01-16T07:05");
        // two instances at once: one digest
        var a = CompletableFuture.supplyAsync(() -> digests.sendDue(thursday));
        var b = CompletableFuture.supplyAsync(() -> digests.sendDue(thursday));
        assertThat(a.get() + b.get()).isEqualTo(1);
        assertThat(digests.sendDue(paris("2031-01-16T07:10"))).isZero();
        assertThat(digests.sendDue(paris("2031-01-20T06:59"))).isZero();
        assertThat(digests.sendDue(paris("2031-01-20T07:01"))).isEqualTo(1);
        assertThat(digests.sendDue(paris("2031-01-21T07:01"))).isZero();

        ReceivedMail dailyDigest = single(mails(m -> m.to().equals(daily.email())));
        assertThat(dailyDigest.subject()).isEqualTo("Nouage : votre récapitulatif du jour (1 notification)");
        assertThat(dailyDigest.text()).contains("Plan de formation mutualisé",
                "http://nouage.test/territoires/" + ACHARDS + "/reunions/" + meetingId + "/points/");
        assertThat(single(mails(m -> m.to().equals(weekly.email()))).subject()).contains("récapitulatif de la semaine");

        // opening a notification reads it and leads to its page
        long id = notifications.inbox(daily.id()).get(0).id();
        Page open = dailyWeb.get("/notifications/" + id);
        assertThat(open.status()).isEqualTo(302);
        assertThat(open.location()).startsWith("/territoires/" + ACHARDS + "/reunions/" + meetingId + "/points/");
        assertThat(notifications.count(daily.id())).isEqualTo(unread - 1);
        assertThat(new WebClient(baseUrl()).signIn(weekly.email(), DEMO_PASSWORD).get("/notifications/" + id).status())
                .isEqualTo(404);
    }

    private List<Account> members(String siren) {
        return accounts.inTerritories(Set.of(siren)).stream().filter(Account::enabled)
                .filter(a -> a.roles().stream().anyMatch(r -> siren.equals(r.territorySiren())
                        && (r.role() == Role.DIRECTOR || r.role() == Role.FACILITATOR)))
                .toList();
    }

    private static List<ReceivedMail> mails(Predicate<ReceivedMail> filter) {
        return Arrays.stream(MAIL.getReceivedMessages()).map(ReceivedMail::of).filter(filter).toList();
    }

    private static List<ReceivedMail> convocationMails() {
        return mails(m -> m.subject().startsWith("Convocation"));
    }

    private static ReceivedMail single(List<ReceivedMail> mails) {
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    private static String ack(ReceivedMail mail) {
        Matcher matcher = ACK.matcher(mail.text());
        assertThat(matcher.find()).as("acknowledgement link in " + mail.text()).isTrue();
        return matcher.group(1);
    }

    private static Instant paris(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(PARIS).toInstant();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
