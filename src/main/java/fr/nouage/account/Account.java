package fr.nouage.account;

import java.util.List;

/** A person who can sign in to Nouage, with every role they hold. */
public record Account(long id, String email, String displayName, boolean enabled, boolean hasPassword,
        List<RoleAssignment> roles) {
}
