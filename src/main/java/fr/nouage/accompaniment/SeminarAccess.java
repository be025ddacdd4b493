package fr.nouage.accompaniment;

import fr.nouage.account.NouageUser;
import fr.nouage.account.Role;

/** Who may do what with a seminar. */
public final class SeminarAccess {

    private SeminarAccess() {
    }

    /** The coordinator (and the admin) build seminars. */
    public static boolean mayBuild(NouageUser user) {
        return user.has(Role.COORDINATOR) || user.has(Role.ADMIN);
    }

    /**
     * Directors, élus and referents of an invited territory take part (post, vote, read the wall),
     * as do the facilitators of invited territories, the coordinator and the admin.
     */
    public static boolean mayTakePart(NouageUser user, Seminar seminar) {
        return mayBuild(user) || user.roles().stream().anyMatch(r -> r.territorySiren() != null
                && seminar.invites(r.territorySiren()));
    }

    /** The facilitators of invited territories, the coordinator and the admin moderate the wall. */
    public static boolean mayModerate(NouageUser user, Seminar seminar) {
        return mayBuild(user) || user.roles().stream().anyMatch(r -> r.role() == Role.FACILITATOR
                && seminar.invites(r.territorySiren()));
    }
}
