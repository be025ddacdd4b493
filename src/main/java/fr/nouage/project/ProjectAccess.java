package fr.nouage.project;

import fr.nouage.account.NouageUser;
import fr.nouage.account.Role;

/** Who may do what with a territory's projects. */
public final class ProjectAccess {

    private ProjectAccess() {
    }

    /** Any director of the territory, its facilitator, the coordinator and the admin start a project. */
    public static boolean mayCreate(NouageUser user, String territorySiren) {
        return user.hasIn(Role.DIRECTOR, territorySiren) || facilitates(user, territorySiren);
    }

    /**
     * The directors of a project's lead collectivités, the territory's facilitator, the coordinator and
     * the admin change it and add its conventions.
     */
    public static boolean maySteer(NouageUser user, Project project) {
        String territory = project.territorySiren();
        return facilitates(user, territory) || user.roles().stream().anyMatch(r -> r.role() == Role.DIRECTOR
                && territory.equals(r.territorySiren()) && project.ledBy(r.collectivitySiren()));
    }

    /** The director of that collectivité, or those who steer the project, record its deliberation. */
    public static boolean mayAnswerFor(NouageUser user, Project project, String collectivitySiren) {
        return maySteer(user, project) || user.roles().stream().anyMatch(r -> r.role() == Role.DIRECTOR
                && project.territorySiren().equals(r.territorySiren()) && collectivitySiren.equals(r.collectivitySiren()));
    }

    private static boolean facilitates(NouageUser user, String territorySiren) {
        return user.hasIn(Role.FACILITATOR, territorySiren) || user.has(Role.COORDINATOR) || user.has(Role.ADMIN);
    }
}
