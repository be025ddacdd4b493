package fr.nouage.meeting.web;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;

import fr.nouage.account.NouageUser;
import fr.nouage.meeting.AttendanceStatus;
import fr.nouage.meeting.MeetingAccess;
import fr.nouage.meeting.Meetings;
import fr.nouage.meeting.web.MeetingView.AttendanceRow;

/** The attendance of a meeting as its form shows it: one row per collectivité, editable or not. */
@Component
class AttendanceTable {

    private final Pages pages;
    private final Meetings meetings;

    AttendanceTable(Pages pages, Meetings meetings) {
        this.pages = pages;
        this.meetings = meetings;
    }

    /** The rows of a meeting's attendance; a row is editable when the user may answer for it. */
    List<AttendanceRow> rows(String siren, long meetingId, NouageUser user) {
        Map<String, AttendanceStatus> recorded = meetings.attendance(meetingId);
        Predicate<String> editable = MeetingAccess.attendanceRecordable(user, siren);
        java.util.Set<String> convened = meetings.find(meetingId).map(meetings::convened).orElse(java.util.Set.of());
        return pages.members(siren).stream().filter(c -> convened.contains(c.siren())).map(c -> new AttendanceRow(c, recorded.get(c.siren()),
                editable.test(c.siren()))).toList();
    }
}
