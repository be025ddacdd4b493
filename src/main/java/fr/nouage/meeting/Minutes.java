package fr.nouage.meeting;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.nouage.account.Actor;
import fr.nouage.account.NouageUser;
import fr.nouage.platform.RefusedOperation.Reason;
import fr.nouage.meeting.internal.ActionRepository;
import fr.nouage.meeting.internal.AgendaRepository;
import fr.nouage.meeting.internal.BodyRepository;
import fr.nouage.meeting.internal.MeetingRepository;
import fr.nouage.meeting.internal.MinutesRepository;
import fr.nouage.platform.SafeMarkdown;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;
import fr.nouage.territory.Territory;

/**
 * Holding a meeting: the minutes and outcome of each agenda item, written by several people at
 * once (each item saved on its own, with optimistic locking), who chaired, and the meeting marked
 * held, which forwards its technical opinions to the élus. Once published
 * ({@link MinutesPublication}) they no longer change.
 */
@Service
public class Minutes {

    static final int MINUTES_MAX = 100_000;
    static final int OUTCOME_TEXT_MAX = 10_000;
    static final int CHAIR_MAX = 200;

    private final MeetingRepository meetings;
    private final AgendaRepository agenda;
    private final MinutesRepository minutes;
    private final ActionRepository actions;
    private final BodyRepository bodies;
    private final Territories territories;
    private final MinutesPublication publication;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Minutes(MeetingRepository meetings, AgendaRepository agenda, MinutesRepository minutes, ActionRepository actions,
            BodyRepository bodies, Territories territories, MinutesPublication publication,
            ApplicationEventPublisher events, Clock clock) {
        this.publication = publication;
        this.meetings = meetings;
        this.agenda = agenda;
        this.minutes = minutes;
        this.actions = actions;
        this.bodies = bodies;
        this.territories = territories;
        this.events = events;
        this.clock = clock;
    }

    /**
     * What a writer saves for one agenda item.
     *
     * @param version the version of the item the writer started from
     */
    public record ItemRecord(String minutes, ItemOutcome outcome, String outcomeText, int version) {

        /** The same text with line ends and blanks normalised, as it is stored. */
        ItemRecord normalised() {
            return new ItemRecord(clean(minutes), outcome, clean(outcomeText), version);
        }

        /** Whether the item already holds exactly this (a form sent twice). */
        boolean sameAs(AgendaItem item) {
            return Objects.equals(minutes, item.minutes()) && outcome == item.outcome()
                    && Objects.equals(outcomeText, item.outcomeText());
        }
    }

    /**
     * The minutes of a meeting as the user may see them.
     *
     * @throws MeetingException NOT_FOUND for an unknown meeting; FORBIDDEN for a user who may not read them
     */
    @Transactional(readOnly = true)
    public MinutesSheet sheet(long meetingId, NouageUser user) {
        Meeting meeting = require(meetingId);
        if (!MinutesAccess.mayRead(user, meeting)) {
            throw new MeetingException(Reason.FORBIDDEN, "minutes.error.forbidden");
        }
        String territory = meeting.territorySiren();
        Map<String, String> names = new LinkedHashMap<>();
        territories.collectivities(territory).stream().filter(Collectivity::active)
                .forEach(c -> names.put(c.siren(), c.name()));
        List<ActionItem> all = actions.ofMeeting(meetingId);
        Map<Long, String> sessionTitles = minutes.sessionItemTitles(meetingId);
        List<MinutesSheet.Item> items = agenda.ofMeeting(meetingId).stream()
                .map(i -> new MinutesSheet.Item(i, SafeMarkdown.toHtml(i.minutes()),
                        i.sessionItemId() == null ? null : sessionTitles.get(i.sessionItemId()),
                        all.stream().filter(a -> Long.valueOf(i.id()).equals(a.agendaItemId())).toList()))
                .toList();
        List<ActionItem> carriedOver = actions.openIn(territory).stream()
                .filter(a -> a.meetingStartsAt().isBefore(meeting.startsAt())).toList();
        String territoryName = territories.find(territory).map(Territory::name).orElse(territory);
        String bodyName = bodies.find(meeting.bodyId()).map(Body::name).orElse("");
        MinutesSheet.Publication published = minutes.publication(meetingId).orElse(null);
        return new MinutesSheet(meeting, territoryName, bodyName, names, meetings.attendance(meetingId), items,
                carriedOver, published == null && MinutesAccess.mayWrite(user, territory), published);
    }

    /**
     * Saves the minutes and outcome of one agenda item. Saving exactly what is already saved is
     * accepted whatever the version (a form sent twice). Once the meeting is held, a technical
     * opinion on an item linked to an élus' session item is forwarded to the élus.
     *
     * @throws MinutesConflict  when someone else saved the item since {@code record.version()}
     * @throws MeetingException INVALID for a missing opinion or decision text or texts too long;
     *                          FORBIDDEN for a user who may not write; NOT_FOUND for an unknown item;
     *                          CONFLICT once the minutes are published
     */
    @Transactional
    public AgendaItem record(long itemId, ItemRecord record, NouageUser user) {
        AgendaItem current = agenda.find(itemId)
                .orElseThrow(() -> new MeetingException(Reason.NOT_FOUND, "minutes.error.unknownItem"));
        Meeting meeting = require(current.meetingId());
        if (!MinutesAccess.mayWrite(user, meeting.territorySiren())) {
            throw new MeetingException(Reason.FORBIDDEN, "minutes.error.forbidden");
        }
        publication.refuseChange(meeting.id());
        ItemRecord wanted = validate(record.normalised());
        if (wanted.sameAs(current)) {
            return current;
        }
        if (wanted.version() != current.version()) {
            throw new MinutesConflict(current, wanted);
        }
        Instant now = clock.instant();
        boolean opinion = wanted.outcome() == ItemOutcome.OPINION && current.sessionItemId() != null;
        boolean forward = opinion && MinutesAccess.HELD.equals(meeting.status())
                && (current.opinionForwardedAt() == null || !Objects.equals(wanted.outcomeText(), current.outcomeText()));
        Instant forwardedAt = !opinion ? null : forward ? now : current.opinionForwardedAt();
        boolean written = minutes.write(new MinutesRepository.ItemWrite(itemId, wanted.version(), wanted.minutes(),
                wanted.outcome(), wanted.outcomeText(), user.displayName(), now, forwardedAt));
        AgendaItem saved = agenda.find(itemId).orElseThrow();
        if (!written) {
            publication.refuseChange(meeting.id());
            if (wanted.sameAs(saved)) {
                return saved;
            }
            throw new MinutesConflict(saved, wanted);
        }
        if (forward) {
            publishForwarded(meeting, saved);
        }
        events.publishEvent(new MinutesEdited(meeting.id(), itemId, meeting.territorySiren(), Actor.of(user), now));
        return saved;
    }

    /**
     * Records who chaired and marks the meeting held: its minutes open to the territory's élus and
     * its technical opinions linked to élus' session items are forwarded. Called again on a held
     * meeting, it only corrects who chaired.
     *
     * @throws MeetingException INVALID for a cancelled meeting, one not started yet or a missing chair;
     *                          FORBIDDEN for a user who may not write the minutes; CONFLICT once the
     *                          minutes are published
     */
    @Transactional
    public Meeting markHeld(long meetingId, String chairedBy, NouageUser user) {
        Meeting meeting = require(meetingId);
        if (!MinutesAccess.mayWrite(user, meeting.territorySiren())) {
            throw new MeetingException(Reason.FORBIDDEN, "minutes.error.forbidden");
        }
        publication.refuseChange(meetingId);
        String chair = clean(chairedBy);
        if (chair == null || chair.length() > CHAIR_MAX) {
            throw new MeetingException(Reason.INVALID, "minutes.error.chair");
        }
        if ("CANCELLED".equals(meeting.status())) {
            throw new MeetingException(Reason.INVALID, "minutes.error.cancelled");
        }
        Instant now = clock.instant();
        if (meeting.startsAt().isAfter(now)) {
            throw new MeetingException(Reason.INVALID, "minutes.error.notStarted");
        }
        if (!minutes.markHeld(meetingId, chair)) {
            publication.refuseChange(meetingId);
        }
        events.publishEvent(new MeetingHeld(meetingId, meeting.territorySiren(), chair, Actor.of(user), now));
        for (AgendaItem item : agenda.ofMeeting(meetingId)) {
            if (item.outcome() == ItemOutcome.OPINION && item.sessionItemId() != null
                    && item.opinionForwardedAt() == null && minutes.forwardOpinion(item.id(), now)) {
                publishForwarded(meeting, item);
            }
        }
        return require(meetingId);
    }

    private void publishForwarded(Meeting meeting, AgendaItem item) {
        events.publishEvent(new OpinionForwarded(meeting.id(), item.id(), minutes.sessionOf(item.sessionItemId()),
                item.sessionItemId(), meeting.territorySiren()));
    }

    private static ItemRecord validate(ItemRecord r) {
        if (r.minutes() != null && r.minutes().length() > MINUTES_MAX) {
            throw new MeetingException(Reason.INVALID, "minutes.error.tooLong");
        }
        if (r.outcomeText() != null && r.outcomeText().length() > OUTCOME_TEXT_MAX) {
            throw new MeetingException(Reason.INVALID, "minutes.error.outcomeTooLong");
        }
        if ((r.outcome() == ItemOutcome.OPINION || r.outcome() == ItemOutcome.DECISION) && r.outcomeText() == null) {
            throw new MeetingException(Reason.INVALID, "minutes.error.outcomeText");
        }
        return r;
    }

    private Meeting require(long meetingId) {
        return meetings.find(meetingId)
                .orElseThrow(() -> new MeetingException(Reason.NOT_FOUND, "meeting.error.unknown"));
    }

    /** Text as stored: line ends normalised, surrounding blanks removed, {@code null} when blank. */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String s = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        return s.isEmpty() ? null : s;
    }
}
