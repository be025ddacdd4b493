package fr.nouage.diagnostic;

import fr.nouage.account.NouageUser;
import fr.nouage.account.Role;

/** Who may change a territory's diagnostic. */
public final class DiagnosticAccess {

    private DiagnosticAccess() {
    }

    /**
     * Any director of the territory, its facilitator, the coordinator and the admin import commuting
     * flows; the élus and the referents read them.
     */
    public static boolean mayImport(NouageUser user, String territorySiren) {
        return user.hasIn(Role.DIRECTOR, territorySiren) || user.hasIn(Role.FACILITATOR, territorySiren)
                || user.has(Role.COORDINATOR) || user.has(Role.ADMIN);
    }
}
