package fr.nouage.account;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import fr.nouage.platform.SignedInUser;

/**
 * The signed-in person and what they may reach. Every access decision of Nouage about territories
 * and collectivités goes through this type.
 */
public final class NouageUser implements SignedInUser, AuthenticatedPrincipal, java.io.Serializable {

    private final long accountId;
    private final String email;
    private final String displayName;
    private final List<RoleAssignment> roles;

    public NouageUser(long accountId, String email, String displayName, List<RoleAssignment> roles) {
        this.accountId = accountId;
        this.email = email;
        this.displayName = displayName;
        this.roles = List.copyOf(roles);
    }

    @Override
    public long accountId() {
        return accountId;
    }

    /**
     * The name every web session of an account is indexed by (Spring Session's principal name,
     * whichever way the account signed in), so that they can all be ended together.
     */
    public static String principalName(long accountId) {
        return "account:" + accountId;
    }

    @Override
    public String getName() {
        return principalName(accountId);
    }

    public String email() {
        return email;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    public List<RoleAssignment> roles() {
        return roles;
    }

    public boolean has(Role role) {
        return roles.stream().anyMatch(r -> r.role() == role);
    }

    /** Whether the user sees every territory (coordinator, admin). */
    public boolean seesAllTerritories() {
        return has(Role.ADMIN) || has(Role.COORDINATOR);
    }

    /** Whether the user may read the internal content of a territory. */
    public boolean canRead(String territorySiren) {
        return seesAllTerritories() || roles.stream().anyMatch(r -> territorySiren.equals(r.territorySiren()));
    }

    /** Whether the user holds {@code role} in the given territory (coordinator and admin excluded). */
    public boolean hasIn(Role role, String territorySiren) {
        return roles.stream().anyMatch(r -> r.role() == role && territorySiren.equals(r.territorySiren()));
    }

    /**
     * Whether the user is a director acting for that collectivité in that territory. Every act "for a
     * collectivité" asks it with the territory of the object acted on: a director who also directs
     * in another territory never acts there for a collectivité of this one.
     */
    public boolean directsIn(String territorySiren, String collectivitySiren) {
        return territorySiren != null && collectivitySiren != null && roles.stream()
                .anyMatch(r -> r.role() == Role.DIRECTOR && territorySiren.equals(r.territorySiren())
                        && collectivitySiren.equals(r.collectivitySiren()));
    }

    /** Territories the user is assigned to (empty for a coordinator or admin without assignment). */
    public Set<String> territorySirens() {
        return roles.stream().map(RoleAssignment::territorySiren).filter(s -> s != null).collect(Collectors.toSet());
    }

    public Collection<GrantedAuthority> authorities() {
        return roles.stream().map(r -> r.role().authority()).distinct()
                .map(a -> (GrantedAuthority) new SimpleGrantedAuthority(a)).toList();
    }

    @Override
    public String toString() {
        return "NouageUser[" + accountId + "]";
    }
}
