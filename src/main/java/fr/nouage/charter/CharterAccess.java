package fr.nouage.charter;

import fr.nouage.account.NouageUser;
import fr.nouage.account.Role;
import fr.nouage.meeting.MeetingAccess;

/** Who may do what with a territory's charter. */
public final class CharterAccess {

    private CharterAccess() {
    }

    /** Directors, the facilitator, the coordinator and the admin write first drafts and propose versions. */
    public static boolean mayWrite(NouageUser user, String territorySiren) {
        return MeetingAccess.mayOrganise(user, territorySiren);
    }

    /** Only the territory's directors propose amendments, in the name of their collectivité. */
    public static boolean mayAmend(NouageUser user, String territorySiren) {
        return user.hasIn(Role.DIRECTOR, territorySiren);
    }

    /** Only the director of a collectivité records its adoption. */
    public static boolean mayAdoptFor(NouageUser user, String territorySiren, String collectivitySiren) {
        return user.directsIn(territorySiren, collectivitySiren);
    }

    /** The collectivité a director acts for in the territory, {@code null} for another role. */
    public static String actingFor(NouageUser user, String territorySiren) {
        return MeetingAccess.actingFor(user, territorySiren);
    }
}
