package fr.nouage.platform.web;

import static fr.nouage.platform.DateFormats.PARIS;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import fr.nouage.platform.cache.WriteGeneration;
import fr.nouage.support.IntegrationTest;
import fr.nouage.support.PageClient;
import fr.nouage.support.PageClient.Page;

/**
 * The dashboard and the meeting page, kept once rendered for a session: shown again while no data
 * changed, rendered anew after a write on this instance or on another one, each showing with its
 * own tokens, never to another session, never with a message meant to be shown once.
 */
class KeptPagesIT extends IntegrationTest {

    private static final String BASE = "/territoires/" + ACHARDS;
    private static final Pattern MEETING_PATH = Pattern.compile("(/territoires/\\d+/reunions/\\d+)");
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"jeton\" value=\"([^\"]+)\"");

    /** The test database reached without the application's data source: as another instance would. */
    private final JdbcTemplate elsewhere = new JdbcTemplate(new DriverManagerDataSource(
            "jdbc:h2:mem:nouage-test;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
            "sa", ""));

    @Autowired
    WriteGeneration generation;

    private PageClient director() {
        return new PageClient(baseUrl()).signIn("dg-" + ACHARDS + "@demo.nouage.fr", DEMO_PASSWORD);
    }

    /** A new meeting of the Achards collective, some weeks ahead (its agenda open), with one item. */
    private String meetingWithAnItem(PageClient director, int weeks, String title) {
        return meetingWithAnItem(director, BASE, weeks, title);
    }

    /** A new meeting of a territory's collective, some weeks ahead (its agenda open), with one item. */
    private String meetingWithAnItem(PageClient director, String base, int weeks, String title) {
        LocalDate tuesday = LocalDate.now(PARIS).plusWeeks(weeks)
                .with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
        Page form = director.get(base + "/reunions/nouvelle");
        Page planned = director.post(base + "/reunions/nouvelle", Map.of("startsAt", tuesday + "T14:00",
                "endsAt", tuesday + "T16:00", "place", "Mairie", "hostSiren", form.selected("hostSiren"),
                "facilitatorSiren", form.selected("facilitatorSiren"), "jeton", form.field("jeton")));
        assertThat(planned.status()).isEqualTo(302);
        Matcher path = MEETING_PATH.matcher(planned.location());
        assertThat(path.find()).isTrue();
        String meeting = path.group(1);
        Page page = director.get(meeting);
        Page added = director.post(meeting + "/points", Map.of("title", title, "kind", "INFORMATION",
                "destination", "ici", "jeton", page.field("jeton")));
        assertThat(added.status()).isEqualTo(302);
        // its confirmation, shown once: the next showing may then be kept
        assertThat(director.follow(added).body()).contains(title);
        return meeting;
    }

    @Test
    void aPageIsShownAgainUntilAnInstanceWritesThenRenderedAnew() throws InterruptedException {
        PageClient director = director();
        String meeting = meetingWithAnItem(director, 23, "Convention de voirie");
        long meetingId = Long.parseLong(meeting.substring(meeting.lastIndexOf('/') + 1));
        boolean checked = false;
        for (int attempt = 0; attempt < 5 && !checked; attempt++) {
            retitle(meetingId, "Convention de voirie");
            checked = keptUntilAWrite(director, meeting, meetingId);
            if (!checked) {
                // a scheduled task of the platform wrote meanwhile: try again
                Thread.sleep(300);
            }
        }
        assertThat(checked).as("a showing without any write meanwhile").isTrue();
    }

    /** Renames the meeting's item without this instance knowing (as another instance would, before its commit's end). */
    private void retitle(long meetingId, String title) {
        elsewhere.update("update agenda_item set title = ? where meeting_id = ?", title, meetingId);
    }

    /** Checks one round, answering false if the platform itself wrote meanwhile (then nothing is proven). */
    private boolean keptUntilAWrite(PageClient director, String meeting, long meetingId) throws InterruptedException {
        long before = generation.current();
        assertThat(director.get(meeting).body()).contains("Convention de voirie");
        retitle(meetingId, "Convention de voirie révisée");
        String again = director.get(meeting).body();
        String forced = director.get(meeting, Map.of("Cache-Control", "no-cache")).body();
        retitle(meetingId, "Convention de voirie");
        String afterForced = director.get(meeting).body();
        if (generation.current() != before) {
            return false;
        }
        assertThat(again).as("the kept copy").contains("Convention de voirie")
                .doesNotContain("Convention de voirie révisée");
        assertThat(forced).as("a forced reload renders anew").contains("Convention de voirie révisée");
        assertThat(afterForced).as("and keeps what it rendered").contains("Convention de voirie révisée");

        // the item is back to its first title; the other instance moves the shared counter after
        // its commit: seen within a second
        elsewhere.update("update write_generation set n = n + 1 where id = 1");
        String shown = afterForced;
        for (int wait = 0; wait < 50 && shown.contains("révisée"); wait++) {
            Thread.sleep(100);
            shown = director.get(meeting).body();
        }
        assertThat(shown).contains("Convention de voirie").doesNotContain("Convention de voirie révisée");
        return true;
    }

    @Test
    void writesForAnotherTerritoryLeaveThePageKeptWithItsUnreadCountOfNow() throws Exception {
        PageClient director = director();
        PageClient erdre = new PageClient(baseUrl()).signIn("dg-" + ERDRE + "@demo.nouage.fr", DEMO_PASSWORD);
        String meeting = meetingWithAnItem(director, 26, "Voirie communautaire");
        long meetingId = Long.parseLong(meeting.substring(meeting.lastIndexOf('/') + 1));
        boolean checked = false;
        for (int attempt = 0; attempt < 5 && !checked; attempt++) {
            retitle(meetingId, "Voirie communautaire");
            checked = keptAcrossAnotherTerritorysWrites(director, erdre, meeting, meetingId, attempt);
            if (!checked) {
                // the platform wrote for every territory meanwhile (scheduled work): try again
                Thread.sleep(300);
            }
        }
        assertThat(checked).as("a round without any write for every territory meanwhile").isTrue();
    }

    /** Checks one round, answering false if the platform wrote for every territory meanwhile. */
    private boolean keptAcrossAnotherTerritorysWrites(PageClient director, PageClient erdre, String meeting,
            long meetingId, int attempt) throws Exception {
        long accountId = elsewhere.queryForObject("select id from account where email = ?", Long.class,
                "dg-" + ACHARDS + "@demo.nouage.fr");
        long before = generation.current(ACHARDS);
        String first = director.get(meeting).body();
        assertThat(first).contains("Voirie communautaire");
        int unread = unreadBadge(first);
        retitle(meetingId, "Voirie communautaire révisée");

        // a director of another territory plans a meeting and proposes an item there: the item's
        // notifications are written by event listeners, after the request, for that territory too
        int erdreNotifications = notifications(ERDRE);
        meetingWithAnItem(erdre, "/territoires/" + ERDRE, 27 + attempt, "Déchets verts");
        for (int wait = 0; wait < 50 && notifications(ERDRE) == erdreNotifications; wait++) {
            Thread.sleep(100);
        }
        assertThat(notifications(ERDRE)).isGreaterThan(erdreNotifications);
        // another instance notifies the Achards director while writing for that other territory
        elsewhere.update("""
                insert into notification (account_id, kind, territory_siren, link, dedup_key, created_at, subject,
                    mail_wanted)
                values (?, 'ITEM_PROPOSED', ?, '/notifications', ?, current_timestamp, 'Essai', false)""",
                accountId, ERDRE, "kept-pages-" + System.nanoTime());
        moveSharedCounterFor(ERDRE);
        Thread.sleep(600);

        String again = director.get(meeting).body();
        if (generation.current(ACHARDS) != before) {
            return false;
        }
        assertThat(again).as("still the kept copy").contains("Voirie communautaire")
                .doesNotContain("Voirie communautaire révisée");
        assertThat(unreadBadge(again)).as("the unread count of now").isEqualTo(unread + 1);

        // a write for this territory, by the other instance: rendered anew within a second
        moveSharedCounterFor(ACHARDS);
        String shown = again;
        for (int wait = 0; wait < 50 && !shown.contains("révisée"); wait++) {
            Thread.sleep(100);
            shown = director.get(meeting).body();
        }
        assertThat(shown).contains("Voirie communautaire révisée");
        return true;
    }

    private int notifications(String territory) {
        return elsewhere.queryForObject("select count(*) from notification where territory_siren = ?",
                Integer.class, territory);
    }

    /** The header's count of unread notifications, 0 without its badge. */
    private static int unreadBadge(String page) {
        Matcher badge = Pattern.compile("<span class=\"badge\">(\\d+)<span class=\"visually-hidden\">")
                .matcher(page);
        return badge.find() ? Integer.parseInt(badge.group(1)) : 0;
    }

    /** Moves the shared counter as another instance does after a write for {@code territory}. */
    private void moveSharedCounterFor(String territory) throws java.sql.SQLException {
        try (java.sql.Connection connection = elsewhere.getDataSource().getConnection()) {
            connection.setAutoCommit(false);
            JdbcTemplate one = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            one.update("update write_generation set n = n + 1 where id = 1");
            long n = one.queryForObject("select n from write_generation where id = 1", Long.class);
            if (one.update("update write_scope set n = ? where scope = ?", n, territory) == 0) {
                one.update("insert into write_scope (scope, n) values (?, ?)", territory, n);
            }
            connection.commit();
        }
    }

    @Test
    void aWriteOfThisInstanceShowsAtTheNextShowingWithItsMessageShownOnce() {
        PageClient director = director();
        String meeting = meetingWithAnItem(director, 24, "Plan de formation");
        Page kept = director.get(meeting);
        director.get(meeting);

        Page added = director.post(meeting + "/points", Map.of("title", "Astreintes hivernales", "kind", "INFORMATION",
                "destination", "ici", "jeton", kept.field("jeton")));
        assertThat(added.status()).as("a form of a kept copy is accepted (CSRF and form tokens)").isEqualTo(302);
        Page after = director.follow(added);

        assertThat(after.body()).contains("Astreintes hivernales").contains("role=\"status\"");
        assertThat(director.get(meeting).body()).as("the message once only").contains("Astreintes hivernales")
                .doesNotContain("role=\"status\"");
    }

    @Test
    void eachShowingHasItsOwnFormTokens() {
        PageClient director = director();
        String meeting = meetingWithAnItem(director, 25, "Mutualisation des achats");

        Page first = director.get(meeting);
        Page second = director.get(meeting);

        Matcher one = FORM_TOKEN.matcher(first.body());
        Matcher two = FORM_TOKEN.matcher(second.body());
        assertThat(one.find()).isTrue();
        assertThat(two.find()).isTrue();
        assertThat(two.group(1)).isNotEqualTo(one.group(1)).matches("[0-9a-f-]{36}");
        assertThat(second.body()).doesNotContain("\"nk");

        // two tabs of the same kept page propose two different items: both are added
        director.post(meeting + "/points", Map.of("title", "Premier onglet", "kind", "INFORMATION",
                "destination", "ici", "jeton", one.group(1)));
        director.post(meeting + "/points", Map.of("title", "Second onglet", "kind", "INFORMATION",
                "destination", "ici", "jeton", two.group(1)));
        assertThat(director.get(meeting).body()).contains("Premier onglet").contains("Second onglet");
    }

    @Test
    void anotherSessionNeverGetsTheCopyOfASession() {
        PageClient director = director();
        String dashboard = BASE;
        assertThat(director.get(dashboard).status()).isEqualTo(200);
        director.get(dashboard);

        PageClient facilitator = new PageClient(baseUrl()).signIn("facilitateur@demo.nouage.fr", DEMO_PASSWORD);
        Page seen = facilitator.get(dashboard);
        String directorName = name(director.get(dashboard).body());

        assertThat(seen.status()).isEqualTo(200);
        assertThat(name(seen.body())).isNotEqualTo(directorName);
        PageClient stranger = new PageClient(baseUrl()).signIn("dg-" + ERDRE + "@demo.nouage.fr", DEMO_PASSWORD);
        assertThat(stranger.get(dashboard).status()).as("the territory is still refused").isEqualTo(403);
        assertThat(new PageClient(baseUrl()).get(dashboard).status()).as("signed out").isNotEqualTo(200);
    }

    /** The signed-in user's name in the header. */
    private static String name(String page) {
        Matcher name = Pattern.compile("<span>([^<]+)</span>").matcher(page);
        assertThat(name.find()).isTrue();
        return name.group(1);
    }
}
