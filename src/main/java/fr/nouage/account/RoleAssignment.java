package fr.nouage.account;

/**
 * A role held by an account, with its scope.
 *
 * @param territorySiren     territory the role applies to, {@code null} for coordinator and admin
 * @param collectivitySiren  collectivité a director acts for, {@code null} otherwise
 */
public record RoleAssignment(Role role, String territorySiren, String collectivitySiren)
        implements java.io.Serializable {

    public static RoleAssignment global(Role role) {
        return new RoleAssignment(role, null, null);
    }

    public static RoleAssignment inTerritory(Role role, String territorySiren) {
        return new RoleAssignment(role, territorySiren, null);
    }

    public static RoleAssignment director(String territorySiren, String collectivitySiren) {
        return new RoleAssignment(Role.DIRECTOR, territorySiren, collectivitySiren);
    }
}
