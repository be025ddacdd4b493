package fr.nouage.meeting;

import static fr.nouage.platform.DateFormats.PARIS;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.nouage.platform.DateRange;
import fr.nouage.account.NouageUser;
import fr.nouage.platform.RefusedOperation.Reason;
import fr.nouage.meeting.internal.ActionRepository;
import fr.nouage.meeting.internal.AgendaRepository;
import fr.nouage.meeting.internal.MeetingRepository;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;

/** Action items decided in meetings and followed from meeting to meeting until done. */
@Service
public class Actions {

    static final int TITLE_MAX = 500;

    private final ActionRepository actions;
    private final AgendaRepository agenda;
    private final MeetingRepository meetings;
    private final Territories territories;
    private final MinutesPublication publication;
    private final Clock clock;

    Actions(ActionRepository actions, AgendaRepository agenda, MeetingRepository meetings, Territories territories,
            MinutesPublication publication, Clock clock) {
        this.publication = publication;
        this.actions = actions;
        this.agenda = agenda;
        this.meetings = meetings;
        this.territories = territories;
        this.clock = clock;
    }

    /** An action to record: what, which collectivité carries it, by when. */
    public record NewAction(String title, String ownerSiren, LocalDate dueOn) {
    }

    /**
     * Records an action decided on an agenda item. The same action sent twice is recorded once.
     *
     * @throws MeetingException INVALID for a missing title, an owner outside the territory or a due
     *                          day missing or before the meeting; FORBIDDEN for a user who may not
     *                          write the minutes; NOT_FOUND for an unknown item; CONFLICT once the
     *                          minutes of its meeting are published
     */
    @Transactional
    public ActionItem add(long agendaItemId, NewAction action, NouageUser user) {
        AgendaItem item = agenda.find(agendaItemId)
                .orElseThrow(() -> new MeetingException(Reason.NOT_FOUND, "minutes.error.unknownItem"));
        Meeting meeting = meetings.find(item.meetingId()).orElseThrow();
        String territory = meeting.territorySiren();
        if (!MinutesAccess.mayWrite(user, territory)) {
            throw new MeetingException(Reason.FORBIDDEN, "actions.error.forbidden");
        }
        publication.refuseChange(meeting.id());
        String title = action.title() == null ? "" : action.title().strip();
        if (title.isEmpty() || title.length() > TITLE_MAX) {
            throw new MeetingException(Reason.INVALID, "actions.error.title");
        }
        boolean member = territories.collectivities(territory).stream()
                .anyMatch(c -> c.active() && c.siren().equals(action.ownerSiren()));
        if (!member) {
            throw new MeetingException(Reason.INVALID, "actions.error.owner");
        }
        LocalDate meetingDay = meeting.startsAt().atZone(PARIS).toLocalDate();
        DateRange.require(action.dueOn(), MeetingException::invalid);
        if (action.dueOn() == null || action.dueOn().isBefore(meetingDay)) {
            throw new MeetingException(Reason.INVALID, "actions.error.dueOn");
        }
        ActionRepository.NewAction row = new ActionRepository.NewAction(territory, meeting.id(), item.id(), title,
                action.ownerSiren(), action.dueOn(), user.displayName());
        return actions.same(row).orElseGet(() -> actions.find(actions.insert(row, clock.instant())).orElseThrow());
    }

    /**
     * The territory's actions not done yet, from every meeting, the oldest due first.
     *
     * @throws MeetingException FORBIDDEN for a user who may not follow the territory's actions
     */
    public List<ActionItem> open(String territorySiren, NouageUser user) {
        if (!MinutesAccess.mayFollow(user, territorySiren)) {
            throw new MeetingException(Reason.FORBIDDEN, "actions.error.forbidden");
        }
        return actions.openIn(territorySiren);
    }

    /**
     * Changes where an action stands. Setting the status it already has is accepted whatever the
     * version (a form sent twice).
     *
     * @throws MeetingException CONFLICT when someone else changed it since {@code version};
     *                          FORBIDDEN for a user who may not write; NOT_FOUND for an action
     *                          unknown in that territory
     */
    @Transactional
    public ActionItem updateStatus(String territorySiren, long actionId, ActionStatus status, int version,
            NouageUser user) {
        ActionItem current = actions.find(actionId).filter(a -> a.territorySiren().equals(territorySiren))
                .orElseThrow(() -> new MeetingException(Reason.NOT_FOUND, "actions.error.unknown"));
        if (!MinutesAccess.mayWrite(user, territorySiren)) {
            throw new MeetingException(Reason.FORBIDDEN, "actions.error.forbidden");
        }
        if (status == null) {
            throw new MeetingException(Reason.INVALID, "actions.error.status");
        }
        if (current.status() == status) {
            return current;
        }
        if (current.version() != version
                || !actions.updateStatus(actionId, version, status, user.displayName(), clock.instant())) {
            throw new MeetingException(Reason.CONFLICT, "actions.error.conflict");
        }
        return actions.find(actionId).orElseThrow();
    }

    /** An action of the territory, whatever its status. */
    public Optional<ActionItem> find(String territorySiren, long actionId) {
        return actions.find(actionId).filter(a -> a.territorySiren().equals(territorySiren));
    }

    /** Today in Europe/Paris, to flag overdue actions. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(PARIS));
    }

    /** Names of the territory's active collectivités (owner choices), the EPCI first. */
    public List<Collectivity> owners(String territorySiren) {
        return territories.collectivities(territorySiren).stream().filter(Collectivity::active).toList();
    }
}
