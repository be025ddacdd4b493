package fr.nouage.meeting;

import static fr.nouage.platform.DateFormats.PARIS;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.nouage.account.Actor;
import fr.nouage.account.NouageUser;
import fr.nouage.platform.RefusedOperation.Reason;
import fr.nouage.meeting.internal.MeetingRepository;
import fr.nouage.meeting.internal.MinutesRepository;

/**
 * Publication of the minutes of a held meeting. Published minutes are final: the minutes and
 * outcome of its items, who chaired, the actions decided and the attendance no longer change. A
 * correction is written in the minutes of a later meeting, which supersede them on that point.
 */
@Service
public class MinutesPublication {

    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final MeetingRepository meetings;
    private final MinutesRepository minutes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MinutesPublication(MeetingRepository meetings, MinutesRepository minutes, ApplicationEventPublisher events,
            Clock clock) {
        this.meetings = meetings;
        this.minutes = minutes;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Publishes the minutes of a held meeting, announced as {@link MinutesPublished}.
     *
     * @throws MeetingException NOT_FOUND for an unknown meeting; FORBIDDEN for a user who may not
     *                          write its minutes; INVALID for a meeting not marked held; CONFLICT
     *                          when they are published already
     */
    @Transactional
    public Meeting publish(long meetingId, NouageUser user) {
        Meeting meeting = meetings.find(meetingId)
                .orElseThrow(() -> new MeetingException(Reason.NOT_FOUND, "meeting.error.unknown"));
        if (!MinutesAccess.mayWrite(user, meeting.territorySiren())) {
            throw new MeetingException(Reason.FORBIDDEN, "minutes.error.forbidden");
        }
        refuseChange(meetingId);
        Instant now = clock.instant();
        if (!MinutesAccess.HELD.equals(meeting.status()) || !minutes.publish(meetingId, user.displayName(), now)) {
            refuseChange(meetingId);
            throw new MeetingException(Reason.INVALID, "minutes.error.publishNotHeld");
        }
        events.publishEvent(new MinutesPublished(meetingId, meeting.territorySiren(), Actor.of(user), now));
        return meetings.find(meetingId).orElseThrow();
    }

    /** Whether the minutes of a meeting are published, and so can no longer change. */
    public boolean published(long meetingId) {
        return minutes.publication(meetingId).isPresent();
    }

    /**
     * Refuses a change to the records of a meeting whose minutes are published.
     *
     * @throws MeetingException CONFLICT naming when and by whom they were published
     */
    public void refuseChange(long meetingId) {
        minutes.publication(meetingId).ifPresent(p -> {
            throw new MeetingException(Reason.CONFLICT, "minutes.error.published", p.by(),
                    p.at().atZone(PARIS).format(DAY_AND_TIME));
        });
    }
}
