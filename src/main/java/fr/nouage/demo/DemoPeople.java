package fr.nouage.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.nouage.account.Account;
import fr.nouage.account.NouageUser;
import fr.nouage.account.Role;
import fr.nouage.account.RoleAssignment;

/** The demo accounts of one territory, as the people who act in its history. */
final class DemoPeople {

    /** A demo account acting in the story. */
    record Person(long accountId, String email, String name, NouageUser user) {

        static Person of(Account account) {
            return new Person(account.id(), account.email(), account.displayName(),
                    new NouageUser(account.id(), account.email(), account.displayName(), account.roles()));
        }
    }

    private final Map<String, Person> directors = new HashMap<>();
    private Person facilitator;

    DemoPeople(String territorySiren, List<Account> accounts) {
        for (Account account : accounts) {
            for (RoleAssignment role : account.roles()) {
                if (!territorySiren.equals(role.territorySiren())) {
                    continue;
                }
                if (role.role() == Role.DIRECTOR && role.collectivitySiren() != null) {
                    directors.putIfAbsent(role.collectivitySiren(), Person.of(account));
                } else if (role.role() == Role.FACILITATOR && facilitator == null) {
                    facilitator = Person.of(account);
                }
            }
        }
    }

    /** The director of each collectivité, by SIREN. */
    Map<String, Person> directors() {
        return directors;
    }

    Optional<Person> director(String collectivitySiren) {
        return Optional.ofNullable(directors.get(collectivitySiren));
    }

    Optional<Person> facilitator() {
        return Optional.ofNullable(facilitator);
    }
}
