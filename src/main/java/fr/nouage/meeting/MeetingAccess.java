package fr.nouage.meeting;

import java.util.function.Predicate;

import fr.nouage.account.NouageUser;
import fr.nouage.account.Role;

/** Who may do what with the meetings of a territory. */
public final class MeetingAccess {

    private MeetingAccess() {
    }

    /** Directors, the territory's facilitator, the coordinator and the admin run the collective's meetings. */
    public static boolean mayOrganise(NouageUser user, String territorySiren) {
        return user.hasIn(Role.DIRECTOR, territorySiren) || mayFacilitate(user, territorySiren)
                || user.has(Role.ADMIN);
    }

    /**
     * Whether the user leads the deliberation of that meeting: answers objections and records
     * decisions. That is the director of the collectivité facilitating the meeting (the rotation's
     * turn, or as chosen when it was planned), the territory's facilitator, the coordinator and the
     * admin; when no collectivité facilitates it, any director of the territory.
     */
    public static boolean mayLeadDeliberation(NouageUser user, Meeting meeting) {
        String territory = meeting.territorySiren();
        if (mayFacilitate(user, territory) || user.has(Role.ADMIN)) {
            return true;
        }
        return meeting.facilitatorSiren() == null ? user.hasIn(Role.DIRECTOR, territory)
                : user.directsIn(territory, meeting.facilitatorSiren());
    }

    /** The territory's facilitator and the coordinator facilitate (urgent items, attendance of anyone). */
    public static boolean mayFacilitate(NouageUser user, String territorySiren) {
        return user.hasIn(Role.FACILITATOR, territorySiren) || user.has(Role.COORDINATOR);
    }

    /** Whether the user may record the attendance of that collectivité. */
    public static boolean mayRecordAttendance(NouageUser user, String territorySiren, String collectivitySiren) {
        return attendanceRecordable(user, territorySiren).test(collectivitySiren);
    }

    /**
     * The collectivités whose attendance the user may record, as a test decided once for a whole table:
     * all of them for the facilitator, the coordinator and the admin, their own for a director.
     */
    public static Predicate<String> attendanceRecordable(NouageUser user, String territorySiren) {
        if (mayFacilitate(user, territorySiren) || user.has(Role.ADMIN)) {
            return collectivity -> true;
        }
        if (user.hasIn(Role.DIRECTOR, territorySiren)) {
            return collectivity -> user.directsIn(territorySiren, collectivity);
        }
        return collectivity -> false;
    }

    /** The collectivité a director acts for in a territory, {@code null} for another role. */
    public static String actingFor(NouageUser user, String territorySiren) {
        return user.roles().stream()
                .filter(r -> r.role() == Role.DIRECTOR && territorySiren.equals(r.territorySiren()))
                .map(r -> r.collectivitySiren()).findFirst().orElse(null);
    }
}
