package fr.nouage.meeting;

import static fr.nouage.platform.DateFormats.PARIS;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.nouage.account.NouageUser;
import fr.nouage.account.RoleAssignment;
import fr.nouage.support.PostgresIntegrationTest;

/** The records of a meeting written and read back on PostgreSQL, through the facades. */
class MeetingRecordsPostgresIT extends PostgresIntegrationTest {

    private static final String CHANVERRIE = "200085009";
    private static final NouageUser DIRECTOR = new NouageUser(0, "dg@test", "Direction générale",
            List.of(RoleAssignment.director(MORTAGNE, MORTAGNE)));

    @Autowired
    fr.nouage.account.Accounts accounts;

    @Autowired
    Meetings meetings;
    @Autowired
    Sessions sessions;
    @Autowired
    Minutes minutes;
    @Autowired
    Actions actions;
    @Autowired
    Opinions opinions;
    @Autowired
    CalendarFeeds feeds;
    @Autowired
    JdbcClient jdbc;

    @Test
    void minutesActionsOpinionsAndFeedsAreKeptOnPostgres() {
        ElectedSession session = sessions.plan(MORTAGNE, new Sessions.NewSession(BodyKind.CONSEIL_COMMUNAUTAIRE, null,
                RecordsFixture.nextDay(18), false, false, null));
        long sessionItem = sessions.addItem(session.id(), "Pacte financier et fiscal");
        Meeting meeting = meetings.schedule(MORTAGNE, new Meetings.NewMeeting(
                session.startsAt().atZone(PARIS).toLocalDateTime().minusDays(2).withHour(14), null,
                "Salle du conseil", null, null, session.id()));
        AgendaItem item = meetings.propose(meeting.id(), new Meetings.ProposedItem("Pacte financier", null,
                ItemKind.TECHNICAL_OPINION, false, sessionItem, false), DIRECTOR);

        AgendaItem saved = minutes.record(item.id(), new Minutes.ItemRecord("Premier jet", ItemOutcome.OPINION,
                "Avis réservé", 0), DIRECTOR);
        assertThat(saved.version()).isEqualTo(1);
        assertThatThrownBy(() -> minutes.record(item.id(), new Minutes.ItemRecord("Autre jet", ItemOutcome.NOTED,
                null, 0), DIRECTOR)).isInstanceOfSatisfying(MinutesConflict.class,
                        c -> assertThat(c.saved().minutes()).isEqualTo("Premier jet"));

        LocalDate due = meeting.startsAt().atZone(PARIS).toLocalDate().plusDays(20);
        ActionItem action = actions.add(item.id(), new Actions.NewAction("Simuler trois scénarios", CHANVERRIE, due),
                DIRECTOR);
        assertThat(actions.add(item.id(), new Actions.NewAction("Simuler trois scénarios", CHANVERRIE, due), DIRECTOR)
                .id()).isEqualTo(action.id());
        assertThat(actions.open(MORTAGNE, DIRECTOR)).extracting(ActionItem::id).contains(action.id());
        actions.updateStatus(MORTAGNE, action.id(), ActionStatus.DONE, action.version(), DIRECTOR);
        assertThat(actions.open(MORTAGNE, DIRECTOR)).extracting(ActionItem::id).doesNotContain(action.id());

        RecordsFixture.moveToPast(jdbc, meeting.id(), Duration.ofHours(1));
        minutes.markHeld(meeting.id(), "Mme Durand", DIRECTOR);
        SessionOpinions read = opinions.forSession(MORTAGNE, session.id(), DIRECTOR);
        assertThat(read.items()).singleElement().satisfies(e -> assertThat(e.opinions())
                .extracting(SessionOpinions.TechnicalOpinion::text).containsExactly("Avis réservé"));

        // a private feed answers while the account that made it may still read the territory: a real one
        var account = accounts.findByEmail("dg-" + MORTAGNE + "@demo.nouage.fr").orElseThrow();
        NouageUser owner = new NouageUser(account.id(), account.email(), account.displayName(), account.roles());
        CalendarFeeds.CreatedFeed feed = feeds.create(MORTAGNE, owner);
        assertThat(feeds.calendarOfToken(feed.token())).hasValueSatisfying(
                ics -> assertThat(ics).contains("UID:session-" + session.id() + "@nouage"));
        feeds.revoke(MORTAGNE, feed.feed().id(), owner);
        assertThat(feeds.calendarOfToken(feed.token())).isEmpty();
        assertThat(feeds.of(MORTAGNE, DIRECTOR)).filteredOn(f -> f.id() == feed.feed().id())
                .singleElement().satisfies(f -> assertThat(f.active()).isFalse());
    }
}
