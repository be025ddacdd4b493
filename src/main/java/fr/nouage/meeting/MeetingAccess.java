package fr.nouage.meeting;

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

    /** The territory's facilitator and the coordinator facilitate (urgent items, attendance of anyone). */
    public static boolean mayFacilitate(NouageUser user, String territorySiren) {
        return user.hasIn(Role.FACILITATOR, territorySiren) || user.has(Role.COORDINATOR);
    }

    /** Whether the user may record the attendance of that collectivité. */
    public static boolean mayRecordAttendance(NouageUser user, String territorySiren, String collectivitySiren) {
        return mayFacilitate(user, territorySiren) || user.has(Role.ADMIN)
                || (user.hasIn(Role.DIRECTOR, territorySiren) && user.directs(collectivitySiren));
    }

    /** The collectivité a director acts for in a territory, {@code null} for another role. */
    public static String actingFor(NouageUser user, String territorySiren) {
        return user.roles().stream()
                .filter(r -> r.role() == Role.DIRECTOR && territorySiren.equals(r.territorySiren()))
                .map(r -> r.collectivitySiren()).findFirst().orElse(null);
    }
}
