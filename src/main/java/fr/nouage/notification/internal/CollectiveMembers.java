package fr.nouage.notification.internal;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import fr.nouage.account.Account;
import fr.nouage.account.Accounts;
import fr.nouage.account.Role;

/** The members of a territory's collective: its enabled directors and its facilitators. */
@Component
class CollectiveMembers {

    private final Accounts accounts;

    CollectiveMembers(Accounts accounts) {
        this.accounts = accounts;
    }

    List<Account> of(String territorySiren) {
        return accounts.inTerritories(Set.of(territorySiren)).stream().filter(Account::enabled)
                .filter(a -> a.roles().stream().anyMatch(r -> territorySiren.equals(r.territorySiren())
                        && (r.role() == Role.DIRECTOR || r.role() == Role.FACILITATOR)))
                .toList();
    }
}
