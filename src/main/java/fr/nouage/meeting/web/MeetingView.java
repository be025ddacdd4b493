package fr.nouage.meeting.web;

import java.util.List;
import java.util.Map;

import fr.nouage.meeting.AgendaItem;
import fr.nouage.meeting.AttendanceStatus;
import fr.nouage.meeting.ElectedSession;
import fr.nouage.meeting.Meeting;
import fr.nouage.meeting.SessionItem;
import fr.nouage.territory.Collectivity;

/**
 * The page of a collective's meeting.
 *
 * @param upstream     the élus' sitting it prepares, {@code null} if none
 * @param linkedItems  the élus' session items its agenda items prepare, by id
 * @param linkedSessions the sittings of those items, by id
 * @param choices      the upcoming sittings and their items, that a proposed item may prepare
 * @param frozen       whether its agenda is frozen now
 * @param nextOpen     the next meeting whose agenda is still open, {@code null} if none is planned
 * @param mayPropose   whether the user may propose an item (director, facilitator)
 * @param mayFacilitate whether the user facilitates (urgent items after the freeze)
 * @param attendance   one row per collectivité
 * @param mayReadMinutes whether the user may open the minutes (writers always, élus once held)
 */
public record MeetingView(Meeting meeting, Map<String, String> names, List<AgendaItem> agenda,
        Map<Long, SessionItem> linkedItems, Map<Long, ElectedSession> linkedSessions, ElectedSession upstream,
        List<SessionChoice> choices, boolean frozen, Meeting nextOpen, boolean mayPropose, boolean mayFacilitate,
        List<AttendanceRow> attendance, ItemForm itemForm, Refusal itemError, boolean mayReadMinutes) {

    /** An upcoming sitting with its items. */
    public record SessionChoice(ElectedSession session, List<SessionItem> items) {
    }

    /** A collectivité's attendance and whether the user may set it. */
    public record AttendanceRow(Collectivity collectivity, AttendanceStatus status, boolean editable) {
    }

    /** The values of the item form, as typed. */
    public record ItemForm(String title, String description, String kind, boolean sensitive, Long sessionItemId,
            String token) {
    }

    /** The name of a collectivité, an empty text for none. */
    public String name(String siren) {
        return siren == null ? "" : names.getOrDefault(siren, siren);
    }


    /** The élus' sitting of a linked session item, {@code null} if unknown. */
    public ElectedSession sessionOf(SessionItem item) {
        return item == null ? null : linkedSessions.get(item.sessionId());
    }
}
