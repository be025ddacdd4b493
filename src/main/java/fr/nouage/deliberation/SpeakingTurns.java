package fr.nouage.deliberation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.nouage.account.NouageUser;
import fr.nouage.platform.RefusedOperation.Reason;
import fr.nouage.deliberation.internal.SpeakingTurnRepository;
import fr.nouage.meeting.AgendaItem;
import fr.nouage.meeting.Meeting;
import fr.nouage.meeting.MeetingAccess;
import fr.nouage.meeting.Meetings;

/**
 * The list of speakers of an item during a meeting: members ask to speak for, against or to ask a
 * question; the facilitator gives the floor and may put first the collectivités not yet heard in
 * the meeting (a collectivité is heard once one of its turns was given, on any item of the meeting).
 */
@Service
public class SpeakingTurns {

    private final SpeakingTurnRepository turns;
    private final Meetings meetings;
    private final Clock clock;

    SpeakingTurns(SpeakingTurnRepository turns, Meetings meetings, Clock clock) {
        this.turns = turns;
        this.meetings = meetings;
        this.clock = clock;
    }

    /** The speakers of an item, in two queries. */
    public SpeakersList list(long itemId) {
        AgendaItem item = item(itemId);
        List<SpeakingTurn> all = turns.ofItem(itemId);
        return new SpeakersList(itemId, all.stream().filter(SpeakingTurn::waiting).toList(),
                all.stream().filter(t -> !t.waiting()).sorted(java.util.Comparator.comparing(SpeakingTurn::spokenAt))
                        .toList(),
                Set.copyOf(turns.heardIn(item.meetingId())));
    }

    /**
     * Puts the user on the list of speakers of an item, for the collectivité they direct (none for
     * the facilitator).
     *
     * @throws DeliberationException FORBIDDEN for a user who does not take part in the territory's
     *                               meetings; INVALID without an intent; CONFLICT when already waiting
     */
    @Transactional
    public SpeakingTurn ask(long itemId, SpeakingIntent intent, NouageUser user) {
        AgendaItem item = item(itemId);
        Meeting meeting = meetings.find(item.meetingId()).orElseThrow();
        if (!MeetingAccess.mayOrganise(user, meeting.territorySiren())) {
            throw new DeliberationException(Reason.FORBIDDEN, "speaking.error.forbidden");
        }
        if (intent == null) {
            throw new DeliberationException(Reason.INVALID, "speaking.error.intent");
        }
        if (turns.waiting(itemId, user.accountId())) {
            throw new DeliberationException(Reason.CONFLICT, "speaking.error.alreadyWaiting");
        }
        long id = turns.insert(itemId, MeetingAccess.actingFor(user, meeting.territorySiren()), user.accountId(),
                user.displayName(), intent, clock.instant());
        return turns.find(id).orElseThrow();
    }

    /** Gives the floor: marks a waiting turn as spoken. Only the facilitator of the meeting may. */
    @Transactional
    public void markSpoken(long itemId, long turnId, NouageUser user) {
        checkFacilitates(itemId, user);
        SpeakingTurn turn = turn(itemId, turnId);
        if (!turns.markSpoken(turn.id(), clock.instant())) {
            throw new DeliberationException(Reason.CONFLICT, "speaking.error.notWaiting");
        }
    }

    /** Takes a waiting turn off the list: its speaker, or the facilitator. */
    @Transactional
    public void withdraw(long itemId, long turnId, NouageUser user) {
        SpeakingTurn turn = turn(itemId, turnId);
        boolean own = turn.speakerAccount() != null && turn.speakerAccount() == user.accountId();
        if (!own) {
            checkFacilitates(itemId, user);
        }
        if (!turns.withdraw(turn.id(), clock.instant())) {
            throw new DeliberationException(Reason.CONFLICT, "speaking.error.notWaiting");
        }
    }

    /** Orders the waiting speakers so that collectivités not yet heard in the meeting speak first. */
    @Transactional
    public void prioritiseUnheard(long itemId, NouageUser user) {
        checkFacilitates(itemId, user);
        SpeakersList list = list(itemId);
        turns.rank(prioritised(list.waiting(), list.heard()).stream().map(SpeakingTurn::id).toList());
    }

    /** Whether the user facilitates the meeting of the item: its facilitator, or the director of the collectivité that animates it. */
    public boolean facilitates(long itemId, NouageUser user) {
        Meeting meeting = meetings.find(item(itemId).meetingId()).orElseThrow();
        return MeetingAccess.mayFacilitate(user, meeting.territorySiren())
                || user.directsIn(meeting.territorySiren(), meeting.facilitatorSiren());
    }

    /**
     * The waiting turns reordered: first the earliest waiting turn of each collectivité not yet
     * heard, in their current order; then every other turn, in its current order. Turns without a
     * collectivité (the facilitator's) are never put first.
     */
    static List<SpeakingTurn> prioritised(List<SpeakingTurn> waiting, Set<String> heard) {
        List<SpeakingTurn> first = new ArrayList<>();
        List<SpeakingTurn> then = new ArrayList<>();
        Set<String> promoted = new HashSet<>();
        for (SpeakingTurn t : waiting) {
            String siren = t.collectivitySiren();
            if (siren != null && !heard.contains(siren) && promoted.add(siren)) {
                first.add(t);
            } else {
                then.add(t);
            }
        }
        first.addAll(then);
        return first;
    }

    private void checkFacilitates(long itemId, NouageUser user) {
        if (!facilitates(itemId, user)) {
            throw new DeliberationException(Reason.FORBIDDEN, "speaking.error.notFacilitator");
        }
    }

    private SpeakingTurn turn(long itemId, long turnId) {
        return turns.find(turnId).filter(t -> t.itemId() == itemId)
                .orElseThrow(() -> new DeliberationException(Reason.NOT_FOUND, "speaking.error.unknown"));
    }

    private AgendaItem item(long itemId) {
        return meetings.item(itemId)
                .orElseThrow(() -> new DeliberationException(Reason.NOT_FOUND, "position.error.unknownItem"));
    }
}
