package fr.nouage.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.nouage.account.Account;
import fr.nouage.account.Accounts;
import fr.nouage.account.NouageUser;
import fr.nouage.account.RoleAssignment;
import fr.nouage.platform.RefusedOperation.Reason;
import fr.nouage.support.IntegrationTest;

/**
 * A body other than the collective (a project's steering committee) holds its own meetings: same
 * agenda, freeze and convocation, but only its members' collectivités are convened, and the
 * collective's meetings at the same hour do not clash with it.
 */
class BodyMeetingIT extends IntegrationTest {

    static final String NIEUL = "218501617";
    static final String SAINTE_FLAIVE = "218502110";

    @Autowired
    Bodies bodies;
    @Autowired
    Meetings meetings;
    @Autowired
    Accounts accounts;
    @Autowired
    Convocations convocations;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aSteeringCommitteeMeetsAndConvenesOnlyItsMembers() {
        NouageUser director = director(ACHARDS, "dg-" + ACHARDS + "@demo.nouage.fr");
        Body committee = bodies.add(ACHARDS, BodyKind.STEERING_COMMITTEE, "Comité de pilotage — essai de réunion",
                director);
        Account nieul = accounts.findByEmail("dgs-85161@demo.nouage.fr").orElseThrow();
        Account flaive = accounts.findByEmail("dgs-85211@demo.nouage.fr").orElseThrow();
        bodies.addMember(ACHARDS, committee.id(), nieul.id(), director);
        bodies.addMember(ACHARDS, committee.id(), flaive.id(), director);
        LocalDateTime at = slots().from(ACHARDS, LocalDateTime.of(2047, 3, 4, 14, 0));

        Meeting meeting = meetings.schedule(ACHARDS, new Meetings.NewMeeting(at, null, "Mairie de Nieul", null, null,
                null, committee.id()));

        assertThat(meeting.bodyId()).isEqualTo(committee.id());
        assertThat(meetings.convened(meeting)).containsExactly(NIEUL, SAINTE_FLAIVE);
        // no rotation for a committee: nobody is named host or facilitator unless chosen among its members
        assertThat(meeting.hostSiren()).isNull();
        assertThatThrownBy(() -> meetings.schedule(ACHARDS, new Meetings.NewMeeting(at.plusDays(7), null, null,
                ACHARDS, null, null, committee.id()))).isInstanceOf(MeetingException.class)
                .extracting(e -> ((MeetingException) e).reason()).isEqualTo(Reason.INVALID);
        // the committee's attendance is its members' only
        assertThatThrownBy(() -> meetings.recordAttendance(meeting.id(), Map.of(ACHARDS, AttendanceStatus.PRESENT),
                director)).isInstanceOf(MeetingException.class);
        assertThat(meetings.recordAttendance(meeting.id(), Map.of(NIEUL, AttendanceStatus.PRESENT),
                director(ACHARDS, nieul.email(), NIEUL))).containsEntry(NIEUL, AttendanceStatus.PRESENT);
        // the collective may meet at the same hour: the overlap is checked body by body
        Meeting collective = meetings.schedule(ACHARDS, new Meetings.NewMeeting(at, null, null, null, null, null));
        // (the slot was free for the collective too: FreeSlots checks every meeting of the territory)
        assertThat(meetings.ofCollective(ACHARDS, at.toLocalDate(), at.toLocalDate().plusDays(1)))
                .extracting(Meeting::id).contains(collective.id()).doesNotContain(meeting.id());
        assertThat(meetings.ofBody(committee.id()))
                .extracting(Meeting::id).containsExactly(meeting.id());

        jdbc.sql("update meeting set agenda_freezes_at = ? where id = ?")
                .params(Timestamp.from(Instant.now().minusSeconds(60)), meeting.id()).update();
        meetings.freezeDue();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(convocations.ofMeeting(meeting.id()))
                .extracting(Convocation::accountId).containsExactlyInAnyOrder(nieul.id(), flaive.id()));
    }

    @Test
    void anElectedBodyCannotBeGivenADirectorsMeeting() {
        Body bureau = bodies.of(ACHARDS).stream().filter(b -> b.kind() == BodyKind.BUREAU).findFirst().orElseThrow();
        assertThatThrownBy(() -> meetings.schedule(ACHARDS, new Meetings.NewMeeting(LocalDateTime.of(2047, 5, 6, 9, 0),
                null, null, null, null, null, bureau.id()))).isInstanceOf(MeetingException.class)
                .hasMessage("meeting.error.body");
        Body ofAnother = bodies.of(MORTAGNE).get(0);
        assertThatThrownBy(() -> meetings.schedule(ACHARDS, new Meetings.NewMeeting(LocalDateTime.of(2047, 5, 6, 9, 0),
                null, null, null, null, null, ofAnother.id()))).isInstanceOf(MeetingException.class)
                .extracting(e -> ((MeetingException) e).reason()).isEqualTo(Reason.NOT_FOUND);
    }

    private NouageUser director(String territory, String email) {
        return director(territory, email, territory);
    }

    private NouageUser director(String territory, String email, String collectivity) {
        Account account = accounts.findByEmail(email).orElseThrow();
        return new NouageUser(account.id(), email, account.displayName(),
                List.of(RoleAssignment.director(territory, collectivity)));
    }
}
