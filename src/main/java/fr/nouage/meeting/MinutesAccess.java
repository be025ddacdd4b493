package fr.nouage.meeting;

import fr.nouage.account.NouageUser;
import fr.nouage.account.Role;

/**
 * Who may read and write the records of the collective's meetings: minutes, action items and the
 * technical opinions forwarded to the élus.
 */
public final class MinutesAccess {

    /** Status of a meeting that took place; its minutes are then open to the territory's élus. */
    public static final String HELD = "HELD";

    private MinutesAccess() {
    }

    /** Directors of the territory, its facilitator, the coordinator and the admin write the minutes. */
    public static boolean mayWrite(NouageUser user, String territorySiren) {
        return MeetingAccess.mayOrganise(user, territorySiren);
    }

    /** Writers read the minutes at any time; the territory's élus once the meeting is held. */
    public static boolean mayRead(NouageUser user, Meeting meeting) {
        return mayWrite(user, meeting.territorySiren())
                || (user.hasIn(Role.ELECTED, meeting.territorySiren()) && HELD.equals(meeting.status()));
    }

    /** Writers and the territory's élus read the opinions forwarded to the élus and the open actions. */
    public static boolean mayFollow(NouageUser user, String territorySiren) {
        return mayWrite(user, territorySiren) || user.hasIn(Role.ELECTED, territorySiren);
    }

    /** Whether the signed-in user may follow the territory's actions (to show the link only then). */
    public static boolean currentUserMayFollow(String territorySiren) {
        return fr.nouage.account.CurrentUser.get().map(u -> mayFollow(u, territorySiren)).orElse(false);
    }
}
