package fr.nouage.home;

import static fr.nouage.platform.DateFormats.PARIS;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.nouage.account.NouageUser;
import fr.nouage.account.Role;
import fr.nouage.account.RoleAssignment;
import fr.nouage.deliberation.Consultation;
import fr.nouage.deliberation.Consultations;
import fr.nouage.deliberation.Deliberations;
import fr.nouage.home.HomeBoard.ActionLine;
import fr.nouage.home.HomeBoard.Attention;
import fr.nouage.home.HomeBoard.ConsultationLine;
import fr.nouage.home.HomeBoard.ConvocationState;
import fr.nouage.home.HomeBoard.DocumentLine;
import fr.nouage.home.HomeBoard.ItemLine;
import fr.nouage.home.HomeBoard.MeetingLine;
import fr.nouage.home.HomeBoard.SittingLine;
import fr.nouage.home.HomeBoard.Standing;
import fr.nouage.home.HomeBoard.TerritoryBlock;
import fr.nouage.meeting.ActionItem;
import fr.nouage.meeting.Actions;
import fr.nouage.meeting.AgendaDocuments;
import fr.nouage.meeting.AgendaItem;
import fr.nouage.meeting.Bodies;
import fr.nouage.meeting.Body;
import fr.nouage.meeting.BodyKind;
import fr.nouage.meeting.Convocation;
import fr.nouage.meeting.Convocations;
import fr.nouage.meeting.ItemKind;
import fr.nouage.meeting.Meeting;
import fr.nouage.meeting.Meetings;
import fr.nouage.meeting.MinutesPublication;
import fr.nouage.meeting.Opinions;
import fr.nouage.meeting.Sessions;
import fr.nouage.notification.Notifications;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;
import fr.nouage.territory.Territory;

/** Gathers what awaits a user in each territory, read through the other modules' facades. */
@Service
public class WhatAwaits {

    /** How far ahead meetings and sittings are shown. */
    static final int DAYS_AHEAD = 60;
    /** How far back a held meeting whose minutes are not published may still await positions. */
    static final int DAYS_BACK = 21;
    /** An action due within this many days is shown with the late ones. */
    static final int ACTION_DAYS_AHEAD = 14;
    /** A consultation closing within this many days is marked as closing soon. */
    static final int CLOSING_SOON_DAYS = 7;
    /** At most this many territories for the coordinator, the nearest meetings first. */
    static final int MAX_TERRITORIES = 20;
    static final int MAX_MEETINGS = 3;

    private final Territories territories;
    private final Meetings meetings;
    private final Bodies bodies;
    private final Convocations convocations;
    private final MinutesPublication publication;
    private final Deliberations deliberations;
    private final Consultations consultations;
    private final Actions actions;
    private final AgendaDocuments documents;
    private final Sessions sessions;
    private final Opinions opinions;
    private final Notifications notifications;
    private final Clock clock;

    WhatAwaits(Territories territories, Meetings meetings, Bodies bodies, Convocations convocations,
            MinutesPublication publication, Deliberations deliberations, Consultations consultations, Actions actions,
            AgendaDocuments documents, Sessions sessions, Opinions opinions, Notifications notifications, Clock clock) {
        this.territories = territories;
        this.meetings = meetings;
        this.bodies = bodies;
        this.convocations = convocations;
        this.publication = publication;
        this.deliberations = deliberations;
        this.consultations = consultations;
        this.actions = actions;
        this.documents = documents;
        this.sessions = sessions;
        this.opinions = opinions;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** What awaits the user: their territories (every accompanied one for the coordinator) in turn. */
    @Transactional(readOnly = true)
    public HomeBoard of(NouageUser user) {
        Map<String, Standing> standings = new LinkedHashMap<>();
        Map<String, String> actingFor = new LinkedHashMap<>();
        for (RoleAssignment role : user.roles()) {
            if (role.territorySiren() == null) {
                continue;
            }
            Standing standing = switch (role.role()) {
                case DIRECTOR -> Standing.DIRECTOR;
                case ELECTED -> Standing.ELECTED;
                case FACILITATOR -> Standing.FACILITATOR;
                default -> null;
            };
            if (standing != null && (!standings.containsKey(role.territorySiren())
                    || standing.ordinal() < standings.get(role.territorySiren()).ordinal())) {
                standings.put(role.territorySiren(), standing);
                if (standing == Standing.DIRECTOR) {
                    actingFor.put(role.territorySiren(), role.collectivitySiren());
                }
            }
        }
        if (user.has(Role.COORDINATOR)) {
            territories.all().stream().limit(MAX_TERRITORIES)
                    .forEach(t -> standings.putIfAbsent(t.siren(), Standing.COORDINATOR));
        }
        List<TerritoryBlock> blocks = new ArrayList<>();
        standings.forEach((siren, standing) -> territories.find(siren).ifPresent(t -> blocks.add(
                block(t, standing, actingFor.get(siren), user))));
        return new HomeBoard(blocks, notifications.count(user.accountId()));
    }

    private TerritoryBlock block(Territory territory, Standing standing, String collectivity, NouageUser user) {
        String siren = territory.siren();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, PARIS);
        List<Collectivity> members = territories.collectivities(siren).stream().filter(Collectivity::active).toList();
        Function<String, String> nameOf = s -> members.stream().filter(c -> c.siren().equals(s)).map(Collectivity::name)
                .findFirst().orElse(s);
        long collective = bodies.of(siren).stream().filter(b -> b.kind() == BodyKind.COLLECTIVE).mapToLong(Body::id)
                .findFirst().orElse(-1);
        List<Meeting> around = meetings.between(siren, today.minusDays(DAYS_BACK), today.plusDays(DAYS_AHEAD)).stream()
                .filter(m -> m.bodyId() == collective && !"CANCELLED".equals(m.status())).toList();
        List<Meeting> coming = around.stream().filter(m -> m.startsAt().isAfter(now)).limit(MAX_MEETINGS).toList();
        Map<Long, List<AgendaItem>> agendas = new LinkedHashMap<>();
        for (Meeting m : around) {
            agendas.put(m.id(), meetings.agenda(m.id()));
        }
        boolean director = standing == Standing.DIRECTOR && collectivity != null;
        List<MeetingLine> meetingLines = coming.stream().map(m -> meetingLine(m, agendas.get(m.id()).size(),
                director ? user.accountId() : null, now)).toList();
        List<ItemLine> positions = director ? positionsAwaited(around, agendas, collectivity) : List.of();
        List<ConsultationLine> consultationLines = standing == Standing.ELECTED ? List.of()
                : consultations(siren, collectivity, members.size(), now);
        List<ActionLine> actionLines = !director ? List.of()
                : actions.open(siren, user).stream()
                        .filter(a -> collectivity.equals(a.ownerSiren()))
                        .filter(a -> a.dueOn() != null && !a.dueOn().isAfter(today.plusDays(ACTION_DAYS_AHEAD)))
                        .map(a -> new ActionLine(a.title(), nameOf.apply(a.ownerSiren()), a.dueOn(), a.overdue(today)))
                        .toList();
        List<DocumentLine> late = standing == Standing.ELECTED ? List.of() : lateDocuments(coming, agendas);
        List<SittingLine> sittings = standing == Standing.ELECTED ? sittings(siren, today, user) : List.of();
        Attention attention = standing == Standing.FACILITATOR || standing == Standing.COORDINATOR
                ? attention(around, consultationLines, siren, user, today, now) : null;
        return new TerritoryBlock(siren, territory.name(), standing, collectivity == null ? null
                : nameOf.apply(collectivity), meetingLines, positions, consultationLines, actionLines, late, sittings,
                attention);
    }

    private MeetingLine meetingLine(Meeting m, int items, Long accountId, Instant now) {
        ConvocationState state = ConvocationState.NONE;
        Instant acknowledged = null;
        if (accountId != null) {
            Convocation mine = convocations.ofMeeting(m.id()).stream().filter(c -> c.accountId() == accountId)
                    .findFirst().orElse(null);
            if (mine == null || mine.sentAt() == null) {
                state = ConvocationState.NOT_YET_SENT;
            } else {
                state = mine.acknowledgedAt() == null ? ConvocationState.SENT : ConvocationState.ACKNOWLEDGED;
                acknowledged = mine.acknowledgedAt();
            }
        }
        return new MeetingLine(m.id(), m.startsAt(), m.place(), m.agendaFrozen(now) ? null : m.agendaFreezesAt(),
                items, state, acknowledged);
    }

    private List<ItemLine> positionsAwaited(List<Meeting> around, Map<Long, List<AgendaItem>> agendas,
            String collectivity) {
        List<ItemLine> lines = new ArrayList<>();
        for (Meeting m : around) {
            if (publication.published(m.id())) {
                continue;
            }
            for (AgendaItem item : agendas.get(m.id())) {
                if (item.kind() != ItemKind.TECHNICAL_OPINION && item.kind() != ItemKind.DECISION) {
                    continue;
                }
                boolean closed = deliberations.decision(item.id()).map(d -> d.outcome().closes()).orElse(false)
                        || (item.outcome() != null && item.kind() == ItemKind.TECHNICAL_OPINION);
                boolean given = deliberations.positions(item.id()).stream()
                        .anyMatch(p -> p.collectivitySiren().equals(collectivity));
                if (!closed && !given) {
                    lines.add(new ItemLine(m.id(), item.id(), item.title(), m.startsAt(),
                            item.kind() == ItemKind.DECISION));
                }
            }
        }
        return lines;
    }

    private List<ConsultationLine> consultations(String siren, String collectivity, int collectivities, Instant now) {
        List<Consultation> open = consultations.ofTerritory(siren).stream().filter(c -> c.open(now)).toList();
        if (open.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> respondents = consultations.respondents(siren);
        return open.stream().sorted(java.util.Comparator.comparing(Consultation::closesAt)).map(c -> {
            List<String> who = respondents.getOrDefault(c.id(), List.of());
            return new ConsultationLine(c.id(), c.title(), c.closesAt(),
                    c.closesAt().isBefore(now.plus(Duration.ofDays(CLOSING_SOON_DAYS))),
                    collectivity != null && who.contains(collectivity), who.size(), collectivities);
        }).toList();
    }

    private List<DocumentLine> lateDocuments(List<Meeting> coming, Map<Long, List<AgendaItem>> agendas) {
        List<DocumentLine> lines = new ArrayList<>();
        for (Meeting m : coming) {
            Map<Long, String> titles = agendas.get(m.id()).stream()
                    .collect(Collectors.toMap(AgendaItem::id, AgendaItem::title));
            documents.ofMeeting(m.id()).stream().filter(d -> d.late()).forEach(d -> lines.add(
                    new DocumentLine(m.id(), d.itemId(), titles.getOrDefault(d.itemId(), ""), d.fileName(),
                            d.uploadedAt())));
        }
        return lines;
    }

    private List<SittingLine> sittings(String siren, LocalDate today, NouageUser user) {
        return sessions.between(siren, today, today.plusDays(DAYS_AHEAD)).stream()
                .filter(s -> s.body().kind().preparedUpstream())
                .map(s -> new SittingLine(s.id(), s.body().name(), s.startsAt(),
                        opinions.forSession(siren, s.id(), user).withOpinion()))
                .toList();
    }

    private Attention attention(List<Meeting> around, List<ConsultationLine> open, String siren, NouageUser user,
            LocalDate today, Instant now) {
        List<Meeting> unpublished = around.stream().filter(m -> m.endsAt().isBefore(now))
                .filter(m -> !publication.published(m.id())).toList();
        Set<Long> late = actions.open(siren, user).stream().filter(a -> a.overdue(today)).map(ActionItem::id)
                .collect(Collectors.toSet());
        return new Attention(unpublished.size(), unpublished.isEmpty() ? null : unpublished.get(0).id(), late.size(),
                open.size());
    }
}
