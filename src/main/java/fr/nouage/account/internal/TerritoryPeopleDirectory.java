package fr.nouage.account.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import fr.nouage.account.Account;
import fr.nouage.account.CurrentUser;
import fr.nouage.account.NouageUser;
import fr.nouage.account.Role;
import fr.nouage.account.RoleAssignment;
import fr.nouage.territory.TerritoryPeople;

/** Tells the territory pages who directs each collectivité and who facilitates. */
@Component
class TerritoryPeopleDirectory implements TerritoryPeople {

    private final AccountRepository accounts;

    TerritoryPeopleDirectory(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public Map<String, List<String>> directorsByCollectivity(String territorySiren) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        for (Account account : accounts.inTerritories(Set.of(territorySiren))) {
            if (!account.enabled()) {
                continue;
            }
            for (RoleAssignment role : account.roles()) {
                if (role.role() == Role.DIRECTOR && territorySiren.equals(role.territorySiren())) {
                    result.computeIfAbsent(role.collectivitySiren(), k -> new ArrayList<>()).add(account.displayName());
                }
            }
        }
        return result;
    }

    @Override
    public List<String> facilitators(String territorySiren) {
        return accounts.inTerritories(Set.of(territorySiren)).stream().filter(Account::enabled)
                .filter(a -> a.roles().stream().anyMatch(r -> r.role() == Role.FACILITATOR
                        && territorySiren.equals(r.territorySiren())))
                .map(Account::displayName).toList();
    }

    @Override
    public Optional<Set<String>> visibleToCurrentUser() {
        NouageUser user = CurrentUser.get().orElse(null);
        if (user == null) {
            return Optional.of(Set.of());
        }
        return user.seesAllTerritories() ? Optional.empty() : Optional.of(user.territorySirens());
    }

    @Override
    public boolean currentUserMayEditCard(String territorySiren) {
        // the coordinator may do on every territory what a facilitator does on theirs
        return CurrentUser.get().map(u -> u.seesAllTerritories() || u.hasIn(Role.DIRECTOR, territorySiren)
                || u.hasIn(Role.FACILITATOR, territorySiren)).orElse(false);
    }
}
