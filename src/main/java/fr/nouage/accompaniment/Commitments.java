package fr.nouage.accompaniment;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.nouage.accompaniment.internal.CommitmentRepository;
import fr.nouage.account.NouageUser;
import fr.nouage.meeting.ActionItem;
import fr.nouage.meeting.Actions;
import fr.nouage.meeting.AgendaItem;
import fr.nouage.meeting.ItemKind;
import fr.nouage.meeting.Meeting;
import fr.nouage.meeting.Meetings;
import fr.nouage.platform.RefusedOperation.Reason;

/**
 * "Et demain sur mon territoire ?": each delegation writes what it commits to. A commitment becomes an
 * action of the territory's collective, decided on an item "follow-up of the seminar" of its next
 * meeting whose agenda is open, and is followed there like any other action; the next seminars show
 * them.
 */
@Service
public class Commitments {

    static final int WHAT_MAX = 500;

    private final Delegations delegations;
    private final CommitmentRepository commitments;
    private final Meetings meetings;
    private final Actions actions;
    private final MessageSource messages;
    private final Clock clock;

    Commitments(Delegations delegations, CommitmentRepository commitments, Meetings meetings, Actions actions,
            MessageSource messages, Clock clock) {
        this.delegations = delegations;
        this.commitments = commitments;
        this.meetings = meetings;
        this.actions = actions;
        this.messages = messages;
        this.clock = clock;
    }

    /** A commitment to write: what, by when, which collectivité of the territory carries it. */
    public record NewCommitment(String what, java.time.LocalDate dueOn, String ownerSiren) {
    }

    /**
     * Writes a delegation's commitment and records it as an action of the territory's collective.
     *
     * @throws AccompanimentException FORBIDDEN for a user who does not speak for the territory or a
     *                                territory not invited; INVALID for a missing text or when the
     *                                collective has no meeting planned with an open agenda
     * @throws fr.nouage.meeting.MeetingException INVALID for an owner outside the territory or a due day
     *                                before that meeting
     */
    @Transactional
    public Commitment write(long seminarId, String territorySiren, NewCommitment c, NouageUser user) {
        Seminar seminar = delegations.speakingFor(seminarId, territorySiren, user);
        String what = Texts.required(c.what(), WHAT_MAX, "accompaniment.error.commitment");
        if (c.dueOn() == null) {
            throw new AccompanimentException(Reason.INVALID, "accompaniment.error.commitmentDue");
        }
        Meeting next = meetings.nextOpen(territorySiren)
                .orElseThrow(() -> new AccompanimentException(Reason.INVALID, "accompaniment.error.noMeeting"));
        String title = messages.getMessage("accompaniment.commitments.item", new Object[] {seminar.title()},
                Locale.FRENCH);
        String itemTitle = title.length() > 300 ? title.substring(0, 300) : title;
        AgendaItem item = meetings.agenda(next.id()).stream().filter(i -> i.title().equals(itemTitle)).findFirst()
                .orElseGet(() -> meetings.propose(next.id(), new Meetings.ProposedItem(itemTitle, null,
                        ItemKind.INFORMATION, false, null, false), user));
        ActionItem action = actions.add(item.id(), new Actions.NewAction(what, c.ownerSiren(), c.dueOn()), user);
        Commitment written = new Commitment(0, seminarId, territorySiren, what, c.dueOn(), c.ownerSiren(), action.id(),
                next.id());
        commitments.insert(written, user.displayName(), clock.instant());
        return commitments.ofSeminar(seminarId).stream().filter(x -> action.id() == x.actionId()).findFirst()
                .orElseThrow();
    }

    /** The commitments written at that seminar. */
    public List<Commitment> ofSeminar(long seminarId) {
        return commitments.ofSeminar(seminarId);
    }

    /** What the invited territories committed to at other seminars: the next seminar opens with them. */
    public List<Commitment> earlier(Seminar seminar) {
        return commitments.ofTerritories(seminar.territories(), seminar.id());
    }
}
