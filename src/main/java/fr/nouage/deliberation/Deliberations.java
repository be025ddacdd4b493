package fr.nouage.deliberation;

import static fr.nouage.platform.DateFormats.PARIS;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.nouage.platform.DateRange;
import fr.nouage.account.Actor;
import fr.nouage.account.NouageUser;
import fr.nouage.rules.ActiveRules;
import fr.nouage.rules.Rules;
import fr.nouage.platform.RefusedOperation.Reason;
import fr.nouage.deliberation.internal.DecisionRepository;
import fr.nouage.deliberation.internal.PositionRepository;
import fr.nouage.meeting.AgendaItem;
import fr.nouage.meeting.AttendanceStatus;
import fr.nouage.meeting.ItemKind;
import fr.nouage.meeting.Meeting;
import fr.nouage.meeting.MeetingAccess;
import fr.nouage.meeting.Meetings;
import fr.nouage.meeting.MinutesPublication;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;

/**
 * Positions of the collectivités on an item and the decision that follows, under the decision mode
 * and quorum of the rules in force on the meeting's day.
 */
@Service
public class Deliberations {

    static final int ARGUMENT_MAX = 4_000;
    static final int STATEMENT_MAX = 10_000;

    private final PositionRepository positions;
    private final DecisionRepository decisions;
    private final Meetings meetings;
    private final Territories territories;
    private final Rules rules;
    private final MinutesPublication publication;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Deliberations(PositionRepository positions, DecisionRepository decisions, Meetings meetings,
            Territories territories, Rules rules, MinutesPublication publication, ApplicationEventPublisher events,
            Clock clock) {
        this.publication = publication;
        this.positions = positions;
        this.decisions = decisions;
        this.meetings = meetings;
        this.territories = territories;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
    }

    /** Result of expressing a position: whether it replaced an earlier one of the same collectivité. */
    public record Expressed(Position position, boolean replaced) {
    }

    /**
     * Records the position of a collectivité on an item asking for an opinion or a decision. One
     * voice per collectivité: a second position replaces the first.
     *
     * @throws DeliberationException FORBIDDEN when the user does not direct that collectivité;
     *                               CONFLICT once the item is decided; INVALID for an item that
     *                               asks for no position, or a missing stance or reason
     */
    @Transactional
    public Expressed express(long itemId, String collectivitySiren, Stance stance, String argument, NouageUser user) {
        AgendaItem item = item(itemId);
        Meeting meeting = meetings.find(item.meetingId()).orElseThrow();
        if (!user.directsIn(meeting.territorySiren(), collectivitySiren)) {
            throw new DeliberationException(Reason.FORBIDDEN, "position.error.notRepresented");
        }
        checkOpen(item);
        if (stance == null) {
            throw new DeliberationException(Reason.INVALID, "position.error.stance");
        }
        String text = argument == null || argument.isBlank() ? null : argument.strip();
        if (text != null && text.length() > ARGUMENT_MAX) {
            throw new DeliberationException(Reason.INVALID, "position.error.tooLong");
        }
        if (stance == Stance.OBJECTION && text == null) {
            throw new DeliberationException(Reason.INVALID, "position.error.objectionReason");
        }
        boolean replaced = positions.save(itemId, collectivitySiren, stance, text, user.accountId(), user.displayName(),
                clock.instant());
        return new Expressed(positions.of(itemId, collectivitySiren).orElseThrow(), replaced);
    }

    /**
     * Answers an objection with an amended text of the proposal: the objection no longer blocks a
     * decision by consent, and the amendment stays in the item's history.
     */
    @Transactional
    public void answerObjection(long itemId, long positionId, String amendedText, NouageUser user) {
        AgendaItem item = item(itemId);
        Meeting meeting = meetings.find(item.meetingId()).orElseThrow();
        if (!MeetingAccess.mayLeadDeliberation(user, meeting)) {
            throw new DeliberationException(Reason.FORBIDDEN, "decision.error.notLeading");
        }
        checkOpen(item);
        Position objection = positions.find(positionId).filter(p -> p.itemId() == itemId && p.openObjection())
                .orElseThrow(() -> new DeliberationException(Reason.INVALID, "objection.error.unknown"));
        if (amendedText == null || amendedText.isBlank() || amendedText.length() > 10_000) {
            throw new DeliberationException(Reason.INVALID, "objection.error.text");
        }
        decisions.addAmendment(itemId, amendedText.strip(), objection.id(), user.displayName(), clock.instant());
        positions.setObjectionStatus(objection.id(), ObjectionStatus.ANSWERED, user.displayName(), clock.instant());
    }

    /**
     * Withdraws the objection of a collectivité, by its own director; the collectivité's position
     * becomes {@code newStance} (agree, reservation or abstain) and the withdrawal stays in the history.
     */
    @Transactional
    public void withdrawObjection(long itemId, String collectivitySiren, Stance newStance, String argument,
            NouageUser user) {
        AgendaItem item = item(itemId);
        Meeting meeting = meetings.find(item.meetingId()).orElseThrow();
        checkOpen(item);
        if (!user.directsIn(meeting.territorySiren(), collectivitySiren)) {
            throw new DeliberationException(Reason.FORBIDDEN, "position.error.notRepresented");
        }
        Position objection = positions.of(itemId, collectivitySiren).filter(p -> p.stance() == Stance.OBJECTION)
                .orElseThrow(() -> new DeliberationException(Reason.INVALID, "objection.error.unknown"));
        if (newStance == null || newStance == Stance.OBJECTION) {
            throw new DeliberationException(Reason.INVALID, "position.error.stance");
        }
        if (argument != null && argument.length() > ARGUMENT_MAX) {
            throw new DeliberationException(Reason.INVALID, "position.error.tooLong");
        }
        positions.setObjectionStatus(objection.id(), ObjectionStatus.WITHDRAWN, user.displayName(), clock.instant());
        positions.save(itemId, collectivitySiren, newStance, argument == null || argument.isBlank() ? null
                : argument.strip(), user.accountId(), user.displayName(), clock.instant());
    }

    /**
     * Decides an item under the mode of the rules in force on the meeting's day. Without quorum the
     * outcome is {@link DecisionOutcome#NO_QUORUM} and the item stays open.
     *
     * @throws DeliberationException CONFLICT under consent while an objection is open (naming it),
     *                               or when the item is already decided; INVALID for a statement
     *                               over {@value #STATEMENT_MAX} characters
     */
    @Transactional
    public Decision decide(long itemId, String statement, LocalDate reviewOn, NouageUser user) {
        AgendaItem item = item(itemId);
        Meeting meeting = meetings.find(item.meetingId()).orElseThrow();
        if (!MeetingAccess.mayLeadDeliberation(user, meeting)) {
            throw new DeliberationException(Reason.FORBIDDEN, "decision.error.notLeading");
        }
        checkOpen(item);
        if (statement != null && statement.length() > STATEMENT_MAX) {
            throw new DeliberationException(Reason.INVALID, "decision.error.statementTooLong", STATEMENT_MAX);
        }
        DateRange.require(reviewOn, DeliberationException::invalid);
        ActiveRules rules = this.rules.rulesAt(meeting.territorySiren(), meeting.startsAt().atZone(PARIS).toLocalDate());
        List<Position> current = positions.ofItem(itemId);
        if (rules.decisionMode() == fr.nouage.rules.DecisionMode.CONSENT) {
            Optional<Position> open = current.stream().filter(Position::openObjection).findFirst();
            if (open.isPresent()) {
                String name = territories.collectivity(open.get().collectivitySiren()).map(Collectivity::name)
                        .orElse(open.get().collectivitySiren());
                throw new DeliberationException(Reason.CONFLICT, "decision.error.openObjection", name,
                        open.get().argument());
            }
        }
        Map<Stance, Integer> counts = new EnumMap<>(Stance.class);
        for (Stance s : Stance.values()) {
            counts.put(s, 0);
        }
        current.forEach(p -> counts.merge(p.stance(), 1, Integer::sum));
        Set<String> present = new HashSet<>();
        meetings.attendance(meeting.id()).forEach((siren, status) -> {
            if (status != AttendanceStatus.EXCUSED) {
                present.add(siren);
            }
        });
        current.forEach(p -> present.add(p.collectivitySiren()));
        int total = (int) territories.collectivities(meeting.territorySiren()).stream().filter(Collectivity::active).count();
        int quorum = rules.quorum(total);
        DecisionOutcome outcome = DecisionRule.outcome(rules.decisionMode(), counts, present.size(), quorum);
        Instant now = clock.instant();
        Decision decision = new Decision(itemId, rules.decisionMode(), outcome,
                statement == null || statement.isBlank() ? null : statement.strip(), reviewOn, counts, present.size(),
                quorum, now, user.displayName());
        decisions.save(decision);
        if (outcome.closes()) {
            events.publishEvent(new ItemDecided(itemId, meeting.id(), meeting.territorySiren(), outcome, Actor.of(user),
                    now));
        }
        return decision;
    }

    public List<Position> positions(long itemId) {
        return positions.ofItem(itemId);
    }

    public List<Position> history(long itemId) {
        return positions.history(itemId);
    }

    public List<Amendment> amendments(long itemId) {
        return decisions.amendments(itemId);
    }

    public Optional<Decision> decision(long itemId) {
        return decisions.find(itemId);
    }

    /**
     * The distribution of positions and the reservations and objections with their reasons of each
     * of the given agenda items, read in one query whatever their number (for minutes, records of
     * decisions and the élus' pages). Every id asked for has an entry, empty when nobody spoke.
     * The caller checks that the reader may see those items.
     */
    public Map<Long, ItemDistribution> distributions(Collection<Long> itemIds) {
        return decisions.distributions(itemIds.stream().distinct().toList());
    }

    /** The decisions of a territory's meetings that carry a review date, the earliest first. */
    public List<DecisionReview> reviews(String territorySiren) {
        return decisions.reviews(territorySiren);
    }

    /** The item, its meeting's territory checked readable by the user. */
    public AgendaItem readableItem(long itemId, NouageUser user) {
        AgendaItem item = meetings.item(itemId)
                .orElseThrow(() -> new DeliberationException(Reason.NOT_FOUND, "position.error.unknownItem"));
        Meeting meeting = meetings.find(item.meetingId()).orElseThrow();
        // another territory's item is answered exactly as a missing one, before anything tells its kind
        if (!user.canRead(meeting.territorySiren())) {
            throw new DeliberationException(Reason.NOT_FOUND, "position.error.unknownItem");
        }
        return item(itemId);
    }

    private AgendaItem item(long itemId) {
        AgendaItem item = meetings.item(itemId)
                .orElseThrow(() -> new DeliberationException(Reason.NOT_FOUND, "position.error.unknownItem"));
        if (item.kind() != ItemKind.TECHNICAL_OPINION && item.kind() != ItemKind.DECISION) {
            throw new DeliberationException(Reason.INVALID, "position.error.kind");
        }
        return item;
    }

    /** Refuses a change to an item already decided, or whose meeting's minutes are published. */
    private void checkOpen(AgendaItem item) {
        if (decisions.find(item.id()).map(d -> d.outcome().closes()).orElse(false)) {
            throw new DeliberationException(Reason.CONFLICT, "position.error.closed");
        }
        if (publication.published(item.meetingId())) {
            throw new DeliberationException(Reason.CONFLICT, "minutes.error.publishedShort");
        }
    }
}
