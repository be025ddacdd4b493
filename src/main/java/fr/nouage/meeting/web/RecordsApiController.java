package fr.nouage.meeting.web;

import java.util.Locale;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import fr.nouage.account.CurrentUser;
import fr.nouage.account.NouageUser;
import fr.nouage.meeting.CalendarFeeds;
import fr.nouage.meeting.Meeting;
import fr.nouage.meeting.MeetingException;
import fr.nouage.platform.RefusedOperation.Reason;
import fr.nouage.meeting.MeetingRecords;
import fr.nouage.meeting.Meetings;
import fr.nouage.platform.ApiAccess;
import fr.nouage.platform.ApiAccess.Who;

/** The records of the meetings through the API: minutes as PDF, the territory's calendar as iCalendar. */
@RestController
class RecordsApiController {

    private final Meetings meetings;
    private final MeetingRecords records;
    private final CalendarFeeds feeds;

    RecordsApiController(Meetings meetings, MeetingRecords records, CalendarFeeds feeds) {
        this.meetings = meetings;
        this.records = records;
        this.feeds = feeds;
    }

    @ApiAccess(Who.ORGANISERS)
    @GetMapping("/api/v1/meetings/{id}/minutes.pdf")
    ResponseEntity<byte[]> minutes(@PathVariable long id) {
        NouageUser user = CurrentUser.require();
        Meeting meeting = meetings.find(id)
                .orElseThrow(() -> new MeetingException(Reason.NOT_FOUND, "meeting.error.unknown"));
        if (!user.canRead(meeting.territorySiren())) {
            // another territory's meeting is answered exactly as a missing one
            throw new MeetingException(Reason.NOT_FOUND, "meeting.error.unknown");
        }
        return MinutesController.pdfResponse(meeting, records.minutesPdf(id, user));
    }

    @ApiAccess(Who.TERRITORY)
    @GetMapping("/api/v1/territories/{siren}/calendar.ics")
    ResponseEntity<String> calendar(@PathVariable String siren) {
        return ResponseEntity.ok().contentType(CalendarFeedController.CALENDAR)
                .body(feeds.calendar(siren, CurrentUser.require()));
    }
}
