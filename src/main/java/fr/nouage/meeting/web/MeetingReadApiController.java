package fr.nouage.meeting.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.nouage.account.CurrentUser;
import fr.nouage.account.NouageUser;
import fr.nouage.meeting.ActionItem;
import fr.nouage.meeting.ActionStatus;
import fr.nouage.meeting.Actions;
import fr.nouage.meeting.AgendaDocument;
import fr.nouage.meeting.AgendaDocuments;
import fr.nouage.meeting.AgendaItem;
import fr.nouage.meeting.AttendanceStatus;
import fr.nouage.meeting.Bodies;
import fr.nouage.meeting.Body;
import fr.nouage.meeting.BodyKind;
import fr.nouage.meeting.ItemKind;
import fr.nouage.meeting.ItemOutcome;
import fr.nouage.meeting.Meeting;
import fr.nouage.meeting.MeetingException;
import fr.nouage.meeting.Meetings;
import fr.nouage.meeting.MinutesAccess;
import fr.nouage.meeting.Opinions;
import fr.nouage.meeting.RotationTurn;
import fr.nouage.meeting.SessionItem;
import fr.nouage.meeting.SessionOpinions;
import fr.nouage.meeting.Sessions;
import fr.nouage.platform.ApiPage;
import fr.nouage.platform.DateRange;
import fr.nouage.platform.RefusedOperation.Reason;
import fr.nouage.platform.ApiAccess;
import fr.nouage.platform.ApiAccess.Who;

/**
 * What the meeting pages show, in JSON: a meeting with its agenda, documents, attendance and (for
 * those who may read them) minutes and outcomes; the territory's meetings page by page; its bodies
 * and their members; the élus' sittings with the opinions forwarded to them; the open actions. The
 * same readers as the pages: another territory's meeting answers as a missing one (404).
 */
@RestController
class MeetingReadApiController {

    private final Meetings meetings;
    private final Sessions sessions;
    private final Bodies bodies;
    private final Actions actions;
    private final Opinions opinions;
    private final AgendaDocuments documents;

    MeetingReadApiController(Meetings meetings, Sessions sessions, Bodies bodies, Actions actions, Opinions opinions,
            AgendaDocuments documents) {
        this.meetings = meetings;
        this.sessions = sessions;
        this.bodies = bodies;
        this.actions = actions;
        this.opinions = opinions;
        this.documents = documents;
    }

    /** A document of an item; {@code href} downloads it. */
    record DocumentJson(long id, String fileName, String contentType, long sizeBytes, String sha256,
            Instant uploadedAt, boolean late, String href) {
        static DocumentJson of(AgendaDocument d) {
            return new DocumentJson(d.id(), d.fileName(), d.contentType(), d.sizeBytes(), d.sha256(), d.uploadedAt(),
                    d.late(), "/api/v1/documents/" + d.id());
        }
    }

    /**
     * The minutes of an item, present only for a reader who may read them ({@code version} goes in
     * {@code If-Match} as {@code "<version>"} to write them).
     */
    record ItemMinutesJson(String minutes, ItemOutcome outcome, String outcomeText, Instant updatedAt,
            Instant opinionForwardedAt, int version) {
    }

    /** An agenda item; {@code positions} lists the positions given and their distribution. */
    record AgendaItemJson(long id, int position, String title, String description, ItemKind kind, boolean sensitive,
            boolean urgent, String proposedBySiren, Instant proposedAt, Long sessionItemId,
            List<DocumentJson> documents, ItemMinutesJson record, String positions) {
    }

    record MeetingDetailJson(long id, String territorySiren, long bodyId, String bodyName, BodyKind bodyKind,
            Instant startsAt, Instant endsAt, String place, String hostSiren, String facilitatorSiren,
            Instant agendaFreezesAt, Instant frozenAt, Long upstreamSessionId, Integer charterVersion, String status,
            List<AgendaItemJson> agenda, Map<String, AttendanceStatus> attendance, boolean minutesReadable) {
    }

    /** One meeting, its agenda and attendance; conditional GET answers 304 when unchanged. */
    @ApiAccess(Who.TERRITORY)
    @GetMapping("/api/v1/meetings/{id}")
    MeetingDetailJson meeting(@PathVariable long id) {
        NouageUser user = MeetingApiController.readable(meetings, id);
        Meeting m = meetings.find(id).orElseThrow();
        Body body = bodies.find(m.territorySiren(), m.bodyId());
        boolean minutesReadable = MinutesAccess.mayRead(user, m);
        Map<Long, List<AgendaDocument>> docs = documents.ofMeeting(id).stream()
                .collect(Collectors.groupingBy(AgendaDocument::itemId));
        List<AgendaItemJson> agenda = meetings.agenda(id).stream().map(i -> new AgendaItemJson(i.id(), i.position(),
                i.title(), i.description(), i.kind(), i.sensitive(), i.urgent(), i.proposedBySiren(), i.proposedAt(),
                i.sessionItemId(), docs.getOrDefault(i.id(), List.of()).stream().map(DocumentJson::of).toList(),
                minutesReadable ? minutes(i) : null, "/api/v1/items/" + i.id() + "/positions")).toList();
        return new MeetingDetailJson(m.id(), m.territorySiren(), m.bodyId(), body.name(), body.kind(), m.startsAt(),
                m.endsAt(), m.place(), m.hostSiren(), m.facilitatorSiren(), m.agendaFreezesAt(), m.frozenAt(),
                m.upstreamSessionId(), m.charterVersion(), m.status(), agenda, meetings.attendance(id), minutesReadable);
    }

    private static ItemMinutesJson minutes(AgendaItem i) {
        return new ItemMinutesJson(i.minutes(), i.outcome(), i.outcomeText(), i.minutesUpdatedAt(),
                i.opinionForwardedAt(), i.version());
    }

    /** A meeting in a list; {@code href} reads it whole. */
    record MeetingSummaryJson(long id, long bodyId, Instant startsAt, Instant endsAt, String place, String hostSiren,
            String facilitatorSiren, Instant agendaFreezesAt, String status, String href) {
        static MeetingSummaryJson of(Meeting m) {
            return new MeetingSummaryJson(m.id(), m.bodyId(), m.startsAt(), m.endsAt(), m.place(), m.hostSiren(),
                    m.facilitatorSiren(), m.agendaFreezesAt(), m.status(), "/api/v1/meetings/" + m.id());
        }
    }

    /** The meetings of every body of the territory, by date then id, optionally from/to a day (inclusive). */
    @ApiAccess(Who.TERRITORY)
    @GetMapping("/api/v1/territories/{siren}/meetings")
    ResponseEntity<List<MeetingSummaryJson>> meetings(@PathVariable String siren,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        ApiPage asked = ApiPage.of(page, size);
        Meetings.MeetingPage found = meetings.page(siren, start(from), end(to), asked.offset(), asked.size());
        return asked.answer(found.meetings(), found.total(), MeetingSummaryJson::of);
    }

    record MemberJson(long accountId, String displayName) {
    }

    record BodyJson(long id, BodyKind kind, String name, String collectivitySiren, List<MemberJson> members) {
    }

    /** The territory's bodies (the collective, élus' bodies, steering committees…) with their members. */
    @ApiAccess(Who.TERRITORY)
    @GetMapping("/api/v1/territories/{siren}/bodies")
    List<BodyJson> bodies(@PathVariable String siren) {
        return bodies.of(siren).stream().map(b -> new BodyJson(b.id(), b.kind(), b.name(), b.collectivitySiren(),
                bodies.members(b).stream().map(a -> new MemberJson(a.id(), a.displayName())).toList())).toList();
    }

    /** An opinion of the collective forwarded on a sitting's item; {@code positions} gives its distribution. */
    record OpinionJson(long meetingId, long agendaItemId, Instant meetingStartsAt, String agendaTitle, String text,
            Instant forwardedAt, String positions) {
    }

    /** An item of a sitting; {@code opinions} is absent for a reader who may not follow the opinions. */
    record SessionItemJson(long id, int position, String title, List<OpinionJson> opinions) {
    }

    record SessionJson(long id, long bodyId, BodyKind body, String bodyName, Instant startsAt, String place,
            boolean urgent, boolean requestedByMayors, LocalDate convocationDeadline, LocalDate convocationSentOn,
            List<SessionItemJson> items) {
    }

    /** The élus' sittings, by date then id, with their items and the opinions forwarded to them. */
    @ApiAccess(Who.TERRITORY)
    @GetMapping("/api/v1/territories/{siren}/sessions")
    ResponseEntity<List<SessionJson>> sessions(@PathVariable String siren,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        ApiPage asked = ApiPage.of(page, size);
        NouageUser user = CurrentUser.require();
        boolean follows = MinutesAccess.mayFollow(user, siren);
        var all = sessions.between(siren, start(from), end(to)).stream()
                .sorted(java.util.Comparator.comparing(fr.nouage.meeting.ElectedSession::startsAt)
                        .thenComparing(fr.nouage.meeting.ElectedSession::id))
                .toList();
        var shown = asked.of(all);
        Map<Long, List<SessionItem>> items = sessions.itemsOf(shown.stream().map(s -> s.id()).toList()).stream()
                .collect(Collectors.groupingBy(SessionItem::sessionId));
        return asked.answer(shown, all.size(), s -> {
            Map<Long, List<OpinionJson>> forwarded = follows ? opinions(siren, s.id(), user) : Map.of();
            return new SessionJson(s.id(), s.body().id(), s.body().kind(), s.body().name(), s.startsAt(), s.place(),
                    s.urgent(), s.requestedByMayors(), s.convocationDeadline(), s.convocationSentOn(),
                    items.getOrDefault(s.id(), List.of()).stream().map(i -> new SessionItemJson(i.id(), i.position(),
                            i.title(), follows ? forwarded.getOrDefault(i.id(), List.of()) : null)).toList());
        });
    }

    private Map<Long, List<OpinionJson>> opinions(String siren, long sessionId, NouageUser user) {
        SessionOpinions found = opinions.forSession(siren, sessionId, user);
        return found.items().stream().collect(Collectors.toMap(e -> e.item().id(), e -> e.opinions().stream()
                .map(o -> new OpinionJson(o.meetingId(), o.agendaItemId(), o.meetingStartsAt(), o.agendaTitle(),
                        o.text(), o.forwardedAt(), "/api/v1/items/" + o.agendaItemId() + "/positions"))
                .toList()));
    }

    record ActionJson(long id, long meetingId, Instant meetingStartsAt, Long agendaItemId, String agendaItemTitle,
            String title, String ownerSiren, LocalDate dueOn, ActionStatus status, Instant doneAt, int version) {
        static ActionJson of(ActionItem a) {
            return new ActionJson(a.id(), a.meetingId(), a.meetingStartsAt(), a.agendaItemId(), a.agendaItemTitle(),
                    a.title(), a.ownerSiren(), a.dueOn(), a.status(), a.doneAt(), a.version());
        }
    }

    /** The territory's actions not done yet, the oldest due first (as the actions page). */
    @ApiAccess(Who.FOLLOWERS)
    @GetMapping("/api/v1/territories/{siren}/actions")
    ResponseEntity<List<ActionJson>> actions(@PathVariable String siren, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        ApiPage asked = ApiPage.of(page, size);
        List<ActionItem> open = actions.open(siren, CurrentUser.require());
        return asked.answer(asked.of(open), open.size(), ActionJson::of);
    }

    /** A document of an agenda item, as uploaded (its type recognised from its content). */
    @ApiAccess(Who.TERRITORY)
    @GetMapping("/api/v1/documents/{id}")
    ResponseEntity<byte[]> document(@PathVariable long id) {
        AgendaDocument document = documents.find(id)
                .orElseThrow(() -> new MeetingException(Reason.NOT_FOUND, "document.error.unknown"));
        AgendaItem item = meetings.item(document.itemId()).orElseThrow();
        try {
            MeetingApiController.readable(meetings, item.meetingId());
        } catch (MeetingException e) {
            // another territory's document is answered exactly as a missing one
            throw new MeetingException(Reason.NOT_FOUND, "document.error.unknown");
        }
        byte[] content = documents.content(id)
                .orElseThrow(() -> new MeetingException(Reason.NOT_FOUND, "document.error.unknown"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(document.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff").cacheControl(CacheControl.noStore().cachePrivate())
                .body(content);
    }

    record RotationJson(int year, int meetings, Map<String, Integer> hosted, Map<String, Integer> facilitated,
            String nextHostSiren, String nextFacilitatorSiren) {
    }

    /** Who hosted and facilitated the collective's meetings in a year, and whom the rotation proposes next. */
    @ApiAccess(Who.TERRITORY)
    @GetMapping("/api/v1/territories/{siren}/rotation")
    RotationJson rotation(@PathVariable String siren, @RequestParam(required = false) Integer year) {
        LocalDate today = sessions.today();
        int shown = year == null ? today.getYear() : year;
        if (shown < DateRange.FIRST_YEAR || shown > DateRange.LAST_YEAR) {
            throw MeetingException.invalid(DateRange.MESSAGE_KEY, DateRange.FIRST_YEAR, DateRange.LAST_YEAR);
        }
        LocalDate from = LocalDate.of(shown, 1, 1);
        List<Meeting> ofYear = meetings.ofCollective(siren, from, from.plusYears(1)).stream()
                .filter(m -> !"CANCELLED".equals(m.status())).toList();
        Map<String, Integer> hosted = new java.util.TreeMap<>();
        Map<String, Integer> facilitated = new java.util.TreeMap<>();
        for (Meeting m : ofYear) {
            if (m.hostSiren() != null) {
                hosted.merge(m.hostSiren(), 1, Integer::sum);
            }
            if (m.facilitatorSiren() != null) {
                facilitated.merge(m.facilitatorSiren(), 1, Integer::sum);
            }
        }
        RotationTurn next = shown < today.getYear() ? null
                : meetings.proposeTurn(siren, shown == today.getYear() ? today : from);
        return new RotationJson(shown, ofYear.size(), hosted, facilitated, next == null ? null : next.hostSiren(),
                next == null ? null : next.facilitatorSiren());
    }

    private static LocalDate start(LocalDate from) {
        return from == null ? LocalDate.of(DateRange.FIRST_YEAR, 1, 1) : DateRange.require(from, MeetingException::invalid);
    }

    private static LocalDate end(LocalDate to) {
        return to == null ? LocalDate.of(DateRange.LAST_YEAR + 1, 1, 1) : DateRange.require(to, MeetingException::invalid).plusDays(1);
    }
}
