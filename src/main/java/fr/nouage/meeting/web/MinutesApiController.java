package fr.nouage.meeting.web;

import java.time.Instant;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import fr.nouage.account.NouageUser;
import fr.nouage.meeting.AgendaItem;
import fr.nouage.meeting.ItemOutcome;
import fr.nouage.meeting.Meeting;
import fr.nouage.meeting.MeetingException;
import fr.nouage.platform.IfMatch;
import fr.nouage.platform.RefusedOperation.Reason;
import fr.nouage.meeting.Meetings;
import fr.nouage.meeting.Minutes;
import fr.nouage.meeting.MinutesAccess;
import fr.nouage.meeting.MinutesConflict;
import fr.nouage.meeting.MinutesPublication;
import fr.nouage.platform.ApiAccess;
import fr.nouage.platform.ApiAccess.Who;

/**
 * Reading and writing the minutes through the API: an item's minutes and outcome, with optimistic
 * locking ({@code ETag} / {@code If-Match}: 428 without it, 412 when someone saved since), and their
 * publication. Once published, every change is refused with 409.
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

    /** {@code version} is accepted for clients written before {@code If-Match}, which takes precedence. */
    record MinutesRequest(String minutes, ItemOutcome outcome, String outcomeText, Integer version) {
    }

    record MinutesJson(long itemId, long meetingId, String minutes, ItemOutcome outcome, String outcomeText,
            String updatedBy, Instant updatedAt, int version) {
        static MinutesJson of(AgendaItem i) {
            return new MinutesJson(i.id(), i.meetingId(), i.minutes(), i.outcome(), i.outcomeText(),
                    i.minutesUpdatedBy(), i.minutesUpdatedAt(), i.version());
        }
    }

    /** The minutes of an item, with their version as {@code ETag}. */
    @ApiAccess(Who.ORGANISERS)
    @GetMapping("/api/v1/items/{id}/minutes")
    ResponseEntity<MinutesJson> read(@PathVariable long id) {
        AgendaItem item = item(id);
        NouageUser user = reader(item);
        Meeting meeting = meetings.find(item.meetingId()).orElseThrow();
        if (!MinutesAccess.mayRead(user, meeting)) {
            throw new MeetingException(Reason.FORBIDDEN, "minutes.error.forbidden");
        }
        return ResponseEntity.ok().eTag(IfMatch.etag(item.version())).body(MinutesJson.of(item));
    }

    @ApiAccess(Who.ORGANISERS)
    @PutMapping("/api/v1/items/{id}/minutes")
    ResponseEntity<MinutesJson> write(@PathVariable long id, @RequestBody MinutesRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        AgendaItem item = item(id);
        NouageUser user = reader(item);
        int version = IfMatch.version(ifMatch, request.version());
        try {
            AgendaItem saved = minutes.record(id, new Minutes.ItemRecord(request.minutes(), request.outcome(),
                    request.outcomeText(), version), user);
            return ResponseEntity.ok().eTag(IfMatch.etag(saved.version())).body(MinutesJson.of(saved));
        } catch (MinutesConflict conflict) {
            if (ifMatch != null && !ifMatch.isBlank()) {
                throw IfMatch.failed();
            }
            throw conflict;
        }
    }

    @ApiAccess(Who.ORGANISERS)
    @PostMapping("/api/v1/meetings/{id}/minutes/publication")
    Map<String, Object> publish(@PathVariable long id) {
        Meeting published = publication.publish(id, MeetingApiController.readable(meetings, id));
        return Map.of("meetingId", published.id(), "published", true);
    }

    private AgendaItem item(long id) {
        return meetings.item(id).orElseThrow(() -> new MeetingException(Reason.NOT_FOUND, "minutes.error.unknownItem"));
    }

    /** The user, once checked that they may read the item's meeting; another territory's item is as missing. */
    private NouageUser reader(AgendaItem item) {
        try {
            return MeetingApiController.readable(meetings, item.meetingId());
        } catch (MeetingException e) {
            throw e.reason() == Reason.NOT_FOUND ? new MeetingException(Reason.NOT_FOUND, "minutes.error.unknownItem") : e;
        }
    }
}
