package fr.nouage.network;

import fr.nouage.account.NouageUser;
import fr.nouage.account.Role;

/** Who may do what with a territory's networks and exchanges. */
public final class NetworkAccess {

    private NetworkAccess() {
    }

    /** Any director of the territory, its facilitator, the coordinator and the admin create networks and exchanges. */
    public static boolean mayCreate(NouageUser user, String territorySiren) {
        return user.hasIn(Role.DIRECTOR, territorySiren) || facilitates(user, territorySiren);
    }

    /** A director names the referents of their own collectivité; the facilitator (coordinator, admin) any. */
    public static boolean mayNameReferent(NouageUser user, String territorySiren, String collectivitySiren) {
        return facilitates(user, territorySiren) || user.directsIn(territorySiren, collectivitySiren);
    }

    private static boolean facilitates(NouageUser user, String territorySiren) {
        return user.hasIn(Role.FACILITATOR, territorySiren) || user.has(Role.COORDINATOR) || user.has(Role.ADMIN);
    }
}
