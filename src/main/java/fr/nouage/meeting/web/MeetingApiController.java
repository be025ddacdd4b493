package fr.nouage.meeting.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import fr.nouage.account.CurrentUser;
import fr.nouage.account.NouageUser;
import fr.nouage.meeting.AgendaItem;
import fr.nouage.meeting.AttendanceStatus;
import fr.nouage.meeting.BodyKind;
import fr.nouage.meeting.ElectedSession;
import fr.nouage.meeting.ItemKind;
import fr.nouage.meeting.Meeting;
import fr.nouage.meeting.MeetingAccess;
import fr.nouage.meeting.MeetingException;
import fr.nouage.platform.RefusedOperation.Reason;
import fr.nouage.meeting.Meetings;
import fr.nouage.meeting.Sessions;
import fr.nouage.platform.ApiAccess;
import fr.nouage.platform.ApiAccess.Who;

/** The collective's meetings and the élus' sessions in JSON. */
@RestController
class MeetingApiController {

    private final Meetings meetings;
    private final Sessions sessions;

    MeetingApiController(Meetings meetings, Sessions sessions) {
        this.meetings = meetings;
        this.sessions = sessions;
    }

    record SessionRequest(BodyKind body, LocalDateTime startsAt, String inseeCode, Boolean urgent,
            Boolean requestedByMayors, String place) {
    }

    record SessionJson(long id, BodyKind body, String bodyName, Instant startsAt, boolean urgent,
            boolean requestedByMayors, LocalDate convocationDeadline, String place) {
        static SessionJson of(ElectedSession s) {
            return new SessionJson(s.id(), s.body().kind(), s.body().name(), s.startsAt(), s.urgent(),
                    s.requestedByMayors(), s.convocationDeadline(), s.place());
        }
    }

    @ApiAccess(Who.ORGANISERS)
    @PostMapping("/api/v1/territories/{siren}/sessions")
    ResponseEntity<SessionJson> planSession(@PathVariable String siren, @RequestBody SessionRequest request) {
        NouageUser user = CurrentUser.require();
        if (!MeetingAccess.mayOrganise(user, siren)) {
            throw new MeetingException(Reason.FORBIDDEN, "meeting.error.forbidden");
        }
        ElectedSession session = sessions.plan(siren, new Sessions.NewSession(request.body(), request.inseeCode(),
                request.startsAt(), Boolean.TRUE.equals(request.urgent()), Boolean.TRUE.equals(request.requestedByMayors()),
                request.place()));
        return ResponseEntity.status(HttpStatus.CREATED).body(SessionJson.of(session));
    }

    /** A meeting to plan; {@code bodyId} names a body other than the collective (a steering committee…). */
    record MeetingRequest(LocalDateTime startsAt, LocalDateTime endsAt, String place, String hostSiren,
            String facilitatorSiren, Long upstreamSessionId, Long bodyId) {
    }

    record MeetingJson(long id, String territorySiren, long bodyId, Instant startsAt, Instant endsAt,
            Instant agendaFreezesAt, int agendaLeadHours, String place, String hostSiren, String facilitatorSiren,
            Long upstreamSessionId, Integer charterVersion, String status) {
        static MeetingJson of(Meeting m) {
            return new MeetingJson(m.id(), m.territorySiren(), m.bodyId(), m.startsAt(), m.endsAt(),
                    m.agendaFreezesAt(), m.agendaLeadHours(), m.place(), m.hostSiren(), m.facilitatorSiren(),
                    m.upstreamSessionId(), m.charterVersion(), m.status());
        }
    }

    @ApiAccess(Who.ORGANISERS)
    @PostMapping("/api/v1/territories/{siren}/meetings")
    ResponseEntity<MeetingJson> schedule(@PathVariable String siren, @RequestBody MeetingRequest request) {
        NouageUser user = CurrentUser.require();
        if (!MeetingAccess.mayOrganise(user, siren)) {
            throw new MeetingException(Reason.FORBIDDEN, "meeting.error.forbidden");
        }
        Meeting meeting = meetings.schedule(siren, new Meetings.NewMeeting(request.startsAt(), request.endsAt(),
                request.place(), request.hostSiren(), request.facilitatorSiren(), request.upstreamSessionId(),
                request.bodyId()));
        return ResponseEntity.status(HttpStatus.CREATED).body(MeetingJson.of(meeting));
    }

    record ItemRequest(String title, String description, ItemKind kind, Boolean sensitive, Long sessionItemId,
            Boolean urgent) {
    }

    record ItemJson(long id, long meetingId, int position, String title, ItemKind kind, boolean sensitive,
            boolean urgent, String proposedBySiren, Long sessionItemId) {
        static ItemJson of(AgendaItem i) {
            return new ItemJson(i.id(), i.meetingId(), i.position(), i.title(), i.kind(), i.sensitive(), i.urgent(),
                    i.proposedBySiren(), i.sessionItemId());
        }
    }

    @ApiAccess(Who.ORGANISERS)
    @PostMapping("/api/v1/meetings/{id}/items")
    ResponseEntity<ItemJson> propose(@PathVariable long id, @RequestBody ItemRequest request) {
        NouageUser user = readable(id);
        AgendaItem item = meetings.propose(id, new Meetings.ProposedItem(request.title(), request.description(),
                request.kind(), Boolean.TRUE.equals(request.sensitive()), request.sessionItemId(),
                Boolean.TRUE.equals(request.urgent())), user);
        return ResponseEntity.status(HttpStatus.CREATED).body(ItemJson.of(item));
    }

    @ApiAccess(Who.ORGANISERS)
    @PutMapping("/api/v1/meetings/{id}/attendance")
    Map<String, AttendanceStatus> attendance(@PathVariable long id, @RequestBody Map<String, AttendanceStatus> body) {
        NouageUser user = readable(id);
        return new LinkedHashMap<>(meetings.recordAttendance(id, body, user));
    }

    private NouageUser readable(long meetingId) {
        return readable(meetings, meetingId);
    }

    /**
     * The signed-in user, once checked that they may read the meeting's territory.
     *
     * @throws MeetingException NOT_FOUND for an unknown meeting and, exactly alike, for a meeting of a
     *                          territory the user may not read (its existence is not told)
     */
    static NouageUser readable(Meetings meetings, long meetingId) {
        NouageUser user = CurrentUser.require();
        Meeting meeting = meetings.find(meetingId)
                .orElseThrow(() -> new MeetingException(Reason.NOT_FOUND, "meeting.error.unknown"));
        if (!user.canRead(meeting.territorySiren())) {
            throw new MeetingException(Reason.NOT_FOUND, "meeting.error.unknown");
        }
        return user;
    }
}
