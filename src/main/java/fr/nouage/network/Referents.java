package fr.nouage.network;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.nouage.account.Account;
import fr.nouage.account.AccountException;
import fr.nouage.account.Accounts;
import fr.nouage.account.NouageUser;
import fr.nouage.account.Role;
import fr.nouage.account.RoleAssignment;
import fr.nouage.account.SignInLinks;
import fr.nouage.meeting.Bodies;
import fr.nouage.network.internal.NetworkRepository;
import fr.nouage.platform.RefusedOperation.Reason;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;

/**
 * The referent each collectivité names to a network: an account of that collectivité, or a person
 * invited by e-mail (an account with the REFERENT role scoped to the territory and the collectivité,
 * who signs in through a one-time link and then sets a password).
 */
@Service
public class Referents {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

    private final Networks networks;
    private final NetworkRepository repository;
    private final Territories territories;
    private final Accounts accounts;
    private final SignInLinks links;
    private final Bodies bodies;
    private final MessageSource messages;
    private final Clock clock;

    Referents(Networks networks, NetworkRepository repository, Territories territories, Accounts accounts,
            SignInLinks links, Bodies bodies, MessageSource messages, Clock clock) {
        this.networks = networks;
        this.repository = repository;
        this.territories = territories;
        this.accounts = accounts;
        this.links = links;
        this.bodies = bodies;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Names the referent of a collectivité in a network: the account of that address when it belongs to
     * that collectivité, otherwise a new account invited by e-mail. The referent becomes a member of
     * the network's body (convened to its meetings).
     *
     * @throws NetworkException NOT_FOUND for a network the user cannot see; INVALID for a collectivité
     *                          outside the network's territory, a malformed address or the address of
     *                          another collectivité's account; FORBIDDEN for a director of another
     *                          collectivité
     */
    @Transactional
    public Referent name(long networkId, String collectivitySiren, String email, NouageUser user) {
        Network network = networks.require(networkId);
        String territory = network.territorySiren();
        if (!user.canRead(territory)) {
            throw new NetworkException(Reason.NOT_FOUND, "network.error.unknown");
        }
        Collectivity collectivity = territories.collectivity(collectivitySiren == null ? "" : collectivitySiren)
                .filter(c -> c.active() && c.territorySiren().equals(territory))
                .orElseThrow(() -> new NetworkException(Reason.INVALID, "network.error.collectivityOutside"));
        if (!NetworkAccess.mayNameReferent(user, territory, collectivity.siren())) {
            throw new NetworkException(Reason.FORBIDDEN, "network.error.referentForbidden");
        }
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(address).matches() || address.length() > 254) {
            throw new NetworkException(Reason.INVALID, "network.error.email");
        }
        Optional<Account> existing = accounts.findByEmail(address);
        boolean invited = existing.isEmpty();
        Account account = existing.map(a -> ofCollectivity(a, territory, collectivity.siren()))
                .orElseGet(() -> invite(address, network, collectivity, user));
        Optional<Long> previous = referentOf(networkId, collectivity.siren());
        repository.putReferent(networkId, collectivity.siren(), account.id(), invited, user.displayName(), clock.instant());
        if (network.bodyId() != null) {
            previous.filter(id -> id != account.id())
                    .ifPresent(id -> bodies.removeMember(territory, network.bodyId(), id, user));
            bodies.addMember(territory, network.bodyId(), account.id(), user);
        }
        networks.changed(territory, networkId, network.name() + " · " + collectivity.name(), "network.change.referent",
                user);
        return ofNetwork(networkId).stream().filter(r -> r.collectivitySiren().equals(collectivity.siren()))
                .findFirst().orElseThrow();
    }

    /** An existing account may be named only for the collectivité it belongs to. */
    private static Account ofCollectivity(Account account, String territory, String collectivity) {
        boolean ours = account.roles().stream().anyMatch(r -> territory.equals(r.territorySiren())
                && collectivity.equals(r.collectivitySiren()));
        if (!ours) {
            throw new NetworkException(Reason.INVALID, "network.error.emailTaken");
        }
        return account;
    }

    private Account invite(String address, Network network, Collectivity collectivity, NouageUser user) {
        Account account;
        try {
            account = accounts.create(address, address.substring(0, address.indexOf('@')), null);
            accounts.assign(account.id(), new RoleAssignment(Role.REFERENT, network.territorySiren(), collectivity.siren()));
        } catch (AccountException e) {
            throw new NetworkException(Reason.INVALID, "network.error.email");
        }
        links.send(account, messages.getMessage("network.invitation.subject", new Object[] {network.name()},
                Locale.FRENCH), messages.getMessage("network.invitation.text", new Object[] {user.displayName(),
                        network.name(), collectivity.name()}, Locale.FRENCH));
        return accounts.find(account.id()).orElseThrow();
    }

    private Optional<Long> referentOf(long networkId, String collectivitySiren) {
        return ofNetwork(networkId).stream().filter(r -> r.collectivitySiren().equals(collectivitySiren))
                .map(Referent::accountId).findFirst();
    }

    /** The referents of a network, by collectivité. */
    public List<Referent> ofNetwork(long networkId) {
        Network network = networks.require(networkId);
        return ofTerritory(network.territorySiren()).stream().filter(r -> r.networkId() == networkId).toList();
    }

    /** The referents of every network of a territory. */
    public List<Referent> ofTerritory(String territorySiren) {
        return repository.referents(territorySiren).stream().map(row -> {
            Optional<Account> account = accounts.find(row.accountId());
            return new Referent(row.networkId(), row.collectivitySiren(), row.accountId(),
                    account.map(Account::displayName).orElse(""), account.map(Account::email).orElse(""), row.invited(),
                    row.namedAt());
        }).toList();
    }

    /** Who is represented in which network, who is missing, and the collectivités in no network at all. */
    public Coverage coverage(String territorySiren) {
        return Coverage.of(networks.ofTerritory(territorySiren), ofTerritory(territorySiren),
                territories.collectivities(territorySiren).stream().filter(Collectivity::active).toList());
    }
}
