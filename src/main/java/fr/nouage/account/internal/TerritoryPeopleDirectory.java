package fr.nouage.account.internal;

import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import fr.nouage.account.CurrentUser;
import fr.nouage.account.NouageUser;
import fr.nouage.account.Role;
import fr.nouage.territory.TerritoryPeople;

/** Tells the territory pages who directs each collectivité and who facilitates. */
@Component
class TerritoryPeopleDirectory implements TerritoryPeople {

    private final AccountRepository accounts;

    TerritoryPeopleDirectory(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public Team team(String territorySiren) {
        return accounts.team(territorySiren);
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
