package fr.nouage.account.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import fr.nouage.account.Role;
import fr.nouage.archive.ArchiveTable;
import fr.nouage.archive.TerritoryArchivePart;

/**
 * The people of a territory in its archive: the accounts holding a role in it (e-mail and name,
 * never a password) and those roles. On import an account is found by e-mail, or created disabled
 * and without password, for the admin to open; only roles scoped to the territory travel.
 */
@Component
class AccountArchive implements TerritoryArchivePart {

    @Override
    public String name() {
        return "account";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<ArchiveTable> tables() {
        return List.of(
                ArchiveTable.of("account", """
                        select a.id, a.email, a.display_name, a.created_at from account a
                        where a.id in (select r.account_id from role_assignment r where r.territory_siren = :siren)
                        order by a.id""")
                        .generatedId("id").matchedBy("email").insertedWith("enabled", false)
                        .insertedWith("password_hash", null),
                ArchiveTable.of("role_assignment", "select * from role_assignment where territory_siren = :siren order by id")
                        .generatedId("id").references("account_id", "account")
                        .accepting(row -> scopedRole(row.get("role"))));
    }

    /** Only roles scoped to a territory travel: an archive never makes anyone coordinator or admin. */
    private static boolean scopedRole(Object role) {
        for (Role r : Role.values()) {
            if (r.name().equals(role)) {
                return r.needsTerritory();
            }
        }
        return false;
    }
}
