package fr.nouage.meeting;

import static fr.nouage.platform.DateFormats.PARIS;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.nouage.account.Actor;
import fr.nouage.platform.DateRange;
import fr.nouage.account.NouageUser;
import fr.nouage.rules.ActiveRules;
import fr.nouage.rules.Rules;
import fr.nouage.platform.RefusedOperation.Reason;
import fr.nouage.meeting.internal.AgendaRepository;
import fr.nouage.meeting.internal.BodyCatalog;
import fr.nouage.meeting.internal.MeetingRepository;
import fr.nouage.meeting.internal.RotationPlanner;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;

/** Entry point for the collective's meetings: planning, agenda, freeze and attendance. */
@Service
public class Meetings {

    static final Duration DEFAULT_LENGTH = Duration.ofMinutes(150);
    static final int TITLE_MAX = 300;
    static final int DESCRIPTION_MAX = 10_000;

    private final MeetingRepository meetings;
    private final AgendaRepository agenda;
    private final BodyCatalog bodies;
    private final Bodies bodyDirectory;
    private final Sessions sessions;
    private final Territories territories;
    private final Rules rules;
    private final MinutesPublication publication;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Meetings(MeetingRepository meetings, AgendaRepository agenda, BodyCatalog bodies, Bodies bodyDirectory,
            Sessions sessions, Territories territories, Rules rules, MinutesPublication publication,
            ApplicationEventPublisher events, Clock clock) {
        this.bodyDirectory = bodyDirectory;
        this.publication = publication;
        this.meetings = meetings;
        this.agenda = agenda;
        this.bodies = bodies;
        this.sessions = sessions;
        this.territories = territories;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
    }

    /**
     * What is needed to plan a meeting of a body of the territory; a {@code null} body means the
     * collective. For the collective, blank host and facilitator are proposed by the rotation. A
     * {@code null} end means two and a half hours.
     */
    public record NewMeeting(LocalDateTime startsAt, LocalDateTime endsAt, String place, String hostSiren,
            String facilitatorSiren, Long upstreamSessionId, Long bodyId) {

        /** A meeting of the collective. */
        public NewMeeting(LocalDateTime startsAt, LocalDateTime endsAt, String place, String hostSiren,
                String facilitatorSiren, Long upstreamSessionId) {
            this(startsAt, endsAt, place, hostSiren, facilitatorSiren, upstreamSessionId, null);
        }
    }

    /**
     * Plans a meeting of the collective, or of another body of the territory that is not the élus'
     * (a steering committee, a network), under the rules in force on its day; its agenda freezes the
     * rule's lead time before it and its convocation goes to the body's members.
     *
     * @throws MeetingException INVALID for an end before the start, a start in the past, a freeze
     *                          already passed or a body that is not one of the territory's directors'
     *                          bodies; CONFLICT when another meeting of the same body overlaps
     */
    @Transactional
    public Meeting schedule(String territorySiren, NewMeeting request) {
        if (request.startsAt() == null) {
            throw new MeetingException(Reason.INVALID, "meeting.error.date");
        }
        DateRange.require(request.startsAt(), MeetingException::invalid);
        DateRange.require(request.endsAt(), MeetingException::invalid);
        Instant start = request.startsAt().atZone(PARIS).toInstant();
        Instant end = request.endsAt() == null ? start.plus(DEFAULT_LENGTH) : request.endsAt().atZone(PARIS).toInstant();
        Instant now = clock.instant();
        if (!end.isAfter(start)) {
            throw new MeetingException(Reason.INVALID, "meeting.error.endBeforeStart");
        }
        if (start.isBefore(now)) {
            throw new MeetingException(Reason.INVALID, "meeting.error.past");
        }
        ActiveRules rules = this.rules.rulesAt(territorySiren, request.startsAt().toLocalDate());
        Instant freezesAt = start.minus(Duration.ofHours(rules.agendaLeadHours()));
        if (!freezesAt.isAfter(now)) {
            throw new MeetingException(Reason.INVALID, "meeting.error.freezePassed", rules.agendaLeadHours());
        }
        Body body = request.bodyId() == null ? bodies.collective(territorySiren) : meetingBody(territorySiren,
                request.bodyId());
        if (meetings.overlaps(body.id(), start, end)) {
            throw new MeetingException(Reason.CONFLICT, "meeting.error.clash");
        }
        if (request.upstreamSessionId() != null) {
            ElectedSession session = sessions.find(request.upstreamSessionId())
                    .filter(s -> s.body().territorySiren().equals(territorySiren))
                    .orElseThrow(() -> new MeetingException(Reason.INVALID, "session.error.unknown"));
            if (!session.startsAt().isAfter(start)) {
                throw new MeetingException(Reason.INVALID, "meeting.error.notUpstream");
            }
        }
        Set<String> members = bodyDirectory.convened(body);
        String host = checkMember(request.hostSiren(), members);
        String facilitator = checkMember(request.facilitatorSiren(), members);
        if ((host == null || facilitator == null) && rules.rotation() && body.kind() == BodyKind.COLLECTIVE) {
            RotationTurn turn = proposeTurn(territorySiren, request.startsAt().toLocalDate());
            host = host == null ? turn.hostSiren() : host;
            facilitator = facilitator == null ? turn.facilitatorSiren() : facilitator;
        }
        long id = meetings.insert(new MeetingRepository.NewMeeting(territorySiren, body.id(), start, end,
                Sessions.blankToNull(request.place()), host, facilitator, rules.agendaLeadHours(), freezesAt,
                request.upstreamSessionId(), rules.charterVersion()), now);
        return meetings.find(id).orElseThrow();
    }

    private Body meetingBody(String territorySiren, long bodyId) {
        Body body = bodyDirectory.find(territorySiren, bodyId);
        if (body.kind().elected()) {
            throw new MeetingException(Reason.INVALID, "meeting.error.body");
        }
        return body;
    }

    /** The collectivités a meeting convenes: every active one for the collective, its members' otherwise. */
    public Set<String> convened(Meeting meeting) {
        return bodyDirectory.convened(bodyDirectory.find(meeting.territorySiren(), meeting.bodyId()));
    }

    /** Meetings of the territory's collective in a period, by date. */
    public List<Meeting> ofCollective(String territorySiren, LocalDate from, LocalDate toExclusive) {
        return ofBody(bodies.collective(territorySiren).id(), from, toExclusive);
    }

    /** Every meeting of a body other than the collective (a steering committee holds few), by date. */
    public List<Meeting> ofBody(long bodyId) {
        return meetings.ofBody(bodyId);
    }

    /** Meetings of one body in a period, by date. */
    public List<Meeting> ofBody(long bodyId, LocalDate from, LocalDate toExclusive) {
        return meetings.ofBody(bodyId, from.atStartOfDay(PARIS).toInstant(), toExclusive.atStartOfDay(PARIS).toInstant());
    }

    /** The host and facilitator the rotation proposes for a meeting on {@code day}. */
    public RotationTurn proposeTurn(String territorySiren, LocalDate day) {
        List<String> candidates = territories.collectivities(territorySiren).stream().filter(Collectivity::active)
                .map(Collectivity::siren).toList();
        Instant yearStart = LocalDate.of(day.getYear(), 1, 1).atStartOfDay(PARIS).toInstant();
        return RotationPlanner.next(candidates, meetings.turns(bodies.collective(territorySiren).id(), yearStart));
    }

    /** What a member proposes for an agenda. */
    public record ProposedItem(String title, String description, ItemKind kind, boolean sensitive,
            Long sessionItemId, boolean urgent) {
    }

    /**
     * Adds an item to a meeting's agenda. Before the freeze any director (or the facilitator) may;
     * after it only the facilitator may, as an urgent item shown as such. Announces the new item
     * ({@link AgendaItemProposed}).
     *
     * @throws MeetingException CONFLICT once the agenda is frozen; FORBIDDEN for a user who is not a
     *                          member; INVALID for a missing title or kind
     */
    @Transactional
    public AgendaItem propose(long meetingId, ProposedItem item, NouageUser user) {
        Meeting meeting = require(meetingId);
        String territory = meeting.territorySiren();
        if (!MeetingAccess.mayOrganise(user, territory)) {
            throw new MeetingException(Reason.FORBIDDEN, "meeting.error.forbidden");
        }
        if (item.title() == null || item.title().isBlank() || item.title().length() > TITLE_MAX) {
            throw new MeetingException(Reason.INVALID, "item.error.title");
        }
        if (item.kind() == null) {
            throw new MeetingException(Reason.INVALID, "item.error.kind");
        }
        if (item.description() != null && item.description().length() > DESCRIPTION_MAX) {
            throw new MeetingException(Reason.INVALID, "item.error.description");
        }
        boolean urgent = false;
        if (meeting.agendaFrozen(clock.instant())) {
            if (!item.urgent() || !MeetingAccess.mayFacilitate(user, territory)) {
                throw new MeetingException(Reason.CONFLICT, "item.error.frozen");
            }
            urgent = true;
        }
        if (item.sessionItemId() != null) {
            // the linked item must belong to a sitting of the same territory
            sessions.items(sessionOfItem(item.sessionItemId(), territory)).stream()
                    .filter(i -> i.id() == item.sessionItemId()).findFirst()
                    .orElseThrow(() -> new MeetingException(Reason.INVALID, "item.error.sessionItem"));
        }
        long id = agenda.insert(new AgendaRepository.NewItem(meetingId, item.title().strip(),
                Sessions.blankToNull(item.description()), item.kind(), item.sensitive(), urgent, user.accountId(),
                MeetingAccess.actingFor(user, territory), item.sessionItemId()), clock.instant());
        events.publishEvent(new AgendaItemProposed(meetingId, id, territory, user.accountId(), item.title().strip(),
                Actor.of(user), clock.instant()));
        return agenda.find(id).orElseThrow();
    }

    /**
     * Puts an item proposed too late for a meeting (its agenda froze) on the agenda of the next meeting
     * of the same territory whose agenda is still open.
     *
     * @return the item, on its new meeting
     * @throws MeetingException INVALID when no later meeting with an open agenda is planned; as
     *                          {@link #propose} otherwise
     */
    @Transactional
    public AgendaItem proposeForNext(long meetingId, ProposedItem item, NouageUser user) {
        Meeting meeting = require(meetingId);
        Meeting next = nextOpen(meeting.territorySiren())
                .orElseThrow(() -> new MeetingException(Reason.INVALID, "item.error.noNextMeeting"));
        return propose(next.id(), new ProposedItem(item.title(), item.description(), item.kind(), item.sensitive(),
                item.sessionItemId(), false), user);
    }

    /** The first planned meeting of the territory's collective whose agenda is still open. */
    public Optional<Meeting> nextOpen(String territorySiren) {
        return meetings.nextOpenOfCollective(territorySiren, clock.instant());
    }

    private long sessionOfItem(long sessionItemId, String territory) {
        return sessions.item(sessionItemId).filter(i -> sessions.find(i.sessionId())
                .map(s -> s.body().territorySiren().equals(territory)).orElse(false))
                .map(SessionItem::sessionId)
                .orElseThrow(() -> new MeetingException(Reason.INVALID, "item.error.sessionItem"));
    }

    /**
     * Records who attended. The facilitator records any collectivité; a director only their own.
     *
     * @throws MeetingException FORBIDDEN for a collectivité the user may not answer for; INVALID
     *                          for a collectivité outside the territory; CONFLICT once the minutes
     *                          of the meeting are published
     */
    @Transactional
    public Map<String, AttendanceStatus> recordAttendance(long meetingId, Map<String, AttendanceStatus> statuses,
            NouageUser user) {
        Meeting meeting = require(meetingId);
        publication.refuseChange(meetingId);
        Set<String> members = convened(meeting);
        for (var entry : statuses.entrySet()) {
            if (!members.contains(entry.getKey()) || entry.getValue() == null) {
                throw new MeetingException(Reason.INVALID, "attendance.error.collectivity", entry.getKey());
            }
            if (!MeetingAccess.mayRecordAttendance(user, meeting.territorySiren(), entry.getKey())) {
                throw new MeetingException(Reason.FORBIDDEN, "attendance.error.forbidden", entry.getKey());
            }
        }
        statuses.forEach((siren, status) -> meetings.recordAttendance(meetingId, siren, status, user.displayName()));
        return meetings.attendance(meetingId);
    }

    /**
     * Freezes every agenda whose time has come and announces it; each freeze runs once, whatever the
     * number of instances.
     *
     * @return the meetings frozen by this call
     */
    @Transactional
    public List<Long> freezeDue() {
        Instant now = clock.instant();
        List<Long> frozen = meetings.dueForFreeze(now).stream().filter(id -> meetings.claimFreeze(id, now)).toList();
        for (Long id : frozen) {
            meetings.find(id).ifPresent(m -> events.publishEvent(new AgendaFrozen(id, m.territorySiren(), now)));
        }
        return frozen;
    }

    public Optional<Meeting> find(long id) {
        return meetings.find(id);
    }

    public List<AgendaItem> agenda(long meetingId) {
        return agenda.ofMeeting(meetingId);
    }

    public Optional<AgendaItem> item(long itemId) {
        return agenda.find(itemId);
    }

    public Map<String, AttendanceStatus> attendance(long meetingId) {
        return meetings.attendance(meetingId);
    }

    /** Meetings of every body of a territory in a period, by date. */
    public List<Meeting> between(String territorySiren, LocalDate from, LocalDate toExclusive) {
        return meetings.between(territorySiren, from.atStartOfDay(PARIS).toInstant(),
                toExclusive.atStartOfDay(PARIS).toInstant());
    }

    /** A page of meetings and how many there are in all. */
    public record MeetingPage(List<Meeting> meetings, long total) {
    }

    /**
     * One page of the meetings of every body of a territory in a period, by date then id.
     *
     * @param offset how many meetings come before the page
     * @param limit  at most how many the page holds
     */
    public MeetingPage page(String territorySiren, LocalDate from, LocalDate toExclusive, int offset, int limit) {
        Instant start = from.atStartOfDay(PARIS).toInstant();
        Instant end = toExclusive.atStartOfDay(PARIS).toInstant();
        return new MeetingPage(meetings.page(territorySiren, start, end, offset, limit),
                meetings.count(territorySiren, start, end));
    }

    /**
     * The collective's meetings that may prepare the sittings held in a period, in one query: those held from
     * {@code windowDays} before the period to its end, and those linked to one of its sittings
     * whenever they are held. By date.
     */
    public List<Meeting> aroundSessions(String territorySiren, LocalDate from, LocalDate toExclusive, int windowDays) {
        return meetings.aroundSessions(territorySiren, from.minusDays(windowDays).atStartOfDay(PARIS).toInstant(),
                from.atStartOfDay(PARIS).toInstant(), toExclusive.atStartOfDay(PARIS).toInstant());
    }

    private Meeting require(long meetingId) {
        return meetings.find(meetingId).orElseThrow(() -> new MeetingException(Reason.NOT_FOUND, "meeting.error.unknown"));
    }

    private static String checkMember(String siren, Set<String> members) {
        if (siren == null || siren.isBlank()) {
            return null;
        }
        if (!members.contains(siren)) {
            throw new MeetingException(Reason.INVALID, "meeting.error.collectivity");
        }
        return siren;
    }
}
