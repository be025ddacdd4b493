package fr.nouage.meeting.web;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import fr.nouage.account.NouageUser;
import fr.nouage.meeting.AgendaItem;
import fr.nouage.meeting.ItemOutcome;
import fr.nouage.meeting.Meeting;
import fr.nouage.meeting.MeetingException;
import fr.nouage.platform.RefusedOperation.Reason;
import fr.nouage.meeting.Meetings;
import fr.nouage.meeting.Minutes;
import fr.nouage.meeting.MinutesPublication;

/**
 * Writing the minutes through the API: an item's minutes and outcome, and their publication. Once
 * published, every change is refused with 409.
 */
@RestController
class MinutesApiController {

    private final Meetings meetings;
    private final Minutes minutes;
    private final MinutesPublication publication;

    MinutesApiController(Meetings meetings, Minutes minutes, MinutesPublication publication) {
        this.meetings = meetings;
        this.minutes = minutes;
        this.publication = publication;
    }

    record MinutesRequest(String minutes, ItemOutcome outcome, String outcomeText, Integer version) {
    }

    record MinutesJson(long itemId, long meetingId, String minutes, ItemOutcome outcome, String outcomeText,
            String updatedBy, Instant updatedAt, int version) {
        static MinutesJson of(AgendaItem i) {
            return new MinutesJson(i.id(), i.meetingId(), i.minutes(), i.outcome(), i.outcomeText(),
                    i.minutesUpdatedBy(), i.minutesUpdatedAt(), i.version());
        }
    }

    @PutMapping("/api/v1/items/{id}/minutes")
    MinutesJson write(@PathVariable long id, @RequestBody MinutesRequest request) {
        AgendaItem item = meetings.item(id)
                .orElseThrow(() -> new MeetingException(Reason.NOT_FOUND, "minutes.error.unknownItem"));
        NouageUser user;
        try {
            user = reader(item.meetingId());
        } catch (MeetingException e) {
            // another territory's item is answered exactly as a missing one
            throw e.reason() == Reason.NOT_FOUND ? new MeetingException(Reason.NOT_FOUND, "minutes.error.unknownItem") : e;
        }
        if (request.version() == null) {
            throw new MeetingException(Reason.INVALID, "api.error.badRequest");
        }
        return MinutesJson.of(minutes.record(id, new Minutes.ItemRecord(request.minutes(), request.outcome(),
                request.outcomeText(), request.version()), user));
    }

    @PostMapping("/api/v1/meetings/{id}/minutes/publication")
    Map<String, Object> publish(@PathVariable long id) {
        Meeting published = publication.publish(id, reader(id));
        return Map.of("meetingId", published.id(), "published", true);
    }

    private NouageUser reader(long meetingId) {
        return MeetingApiController.readable(meetings, meetingId);
    }
}
