package fr.nouage.audit;

import fr.nouage.account.CurrentUser;
import fr.nouage.account.NouageUser;
import fr.nouage.account.Role;

/** Who may read the audit log: the coordinator and the admin, the admin alone across territories. */
public final class AuditAccess {

    private AuditAccess() {
    }

    /** The coordinator and the admin read the log of any territory. */
    public static boolean mayRead(NouageUser user, String territorySiren) {
        return territorySiren != null && (user.has(Role.COORDINATOR) || user.has(Role.ADMIN));
    }

    /** Only the admin reads the whole log, changes outside any territory included. */
    public static boolean mayReadAll(NouageUser user) {
        return user.has(Role.ADMIN);
    }

    /** Whether the signed-in user may read the log of that territory (to show a link to it). */
    public static boolean currentUserMayRead(String territorySiren) {
        return CurrentUser.get().map(u -> mayRead(u, territorySiren)).orElse(false);
    }
}
