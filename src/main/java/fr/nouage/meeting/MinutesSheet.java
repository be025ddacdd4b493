package fr.nouage.meeting;

import java.util.List;
import java.util.Map;

/**
 * Everything the minutes of a meeting show, on screen and in the PDF record.
 *
 * @param collectivityNames names of the territory's active collectivités by SIREN, the EPCI first
 * @param attendance        recorded attendance by collectivité SIREN
 * @param carriedOver       actions of earlier meetings of the territory still not done
 * @param writable          whether the reader may write the minutes (never once they are published)
 * @param publication       when and by whom the minutes were published, {@code null} before
 */
public record MinutesSheet(Meeting meeting, String territoryName, String bodyName,
        Map<String, String> collectivityNames, Map<String, AttendanceStatus> attendance, List<Item> items,
        List<ActionItem> carriedOver, boolean writable, Publication publication) {

    /** When and by whom (display name at the time) the minutes of a meeting were published. */
    public record Publication(java.time.Instant at, String by) {
    }

    /** Whether the minutes are published, and so can no longer change. */
    public boolean published() {
        return publication != null;
    }

    /**
     * One agenda item with its minutes rendered to safe HTML and its actions.
     *
     * @param sessionItemTitle title of the élus' session item it prepares, {@code null} if none
     */
    public record Item(AgendaItem item, String minutesHtml, String sessionItemTitle, List<ActionItem> actions) {
    }

    /** Name of a collectivité of the territory (its SIREN if unknown). */
    public String name(String siren) {
        return siren == null ? "" : collectivityNames.getOrDefault(siren, siren);
    }

    /** Names of the collectivités recorded with that attendance, in the territory's order. */
    public List<String> withAttendance(AttendanceStatus status) {
        return collectivityNames.entrySet().stream().filter(e -> attendance.get(e.getKey()) == status)
                .map(Map.Entry::getValue).toList();
    }

    /** Names of the collectivités whose attendance was not recorded. */
    public List<String> unrecorded() {
        return collectivityNames.entrySet().stream().filter(e -> !attendance.containsKey(e.getKey()))
                .map(Map.Entry::getValue).toList();
    }

    public boolean held() {
        return MinutesAccess.HELD.equals(meeting.status());
    }

    /** Every action decided in this meeting, item by item. */
    public List<ActionItem> actions() {
        return items.stream().flatMap(i -> i.actions().stream()).toList();
    }
}
