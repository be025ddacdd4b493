package fr.nouage.meeting;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.nouage.account.Account;
import fr.nouage.account.Accounts;
import fr.nouage.account.NouageUser;
import fr.nouage.account.Role;
import fr.nouage.account.RoleAssignment;
import fr.nouage.platform.RefusedOperation.Reason;
import fr.nouage.meeting.internal.BodyCatalog;
import fr.nouage.meeting.internal.BodyRepository;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;

/**
 * The bodies of a territory and their members: the standard ones (collective, bureau, conseil
 * communautaire, conférence des maires, conseils municipaux) and those the users add (a business
 * network, a steering committee…).
 */
@Service
public class Bodies {

    /** Kinds of body the users may add. */
    public static final Set<BodyKind> ADDABLE = Set.of(BodyKind.NETWORK, BodyKind.STEERING_COMMITTEE, BodyKind.OTHER);
    static final int NAME_MAX = 200;

    private final BodyCatalog catalog;
    private final BodyRepository bodies;
    private final Accounts accounts;
    private final Territories territories;
    private final Clock clock;

    Bodies(BodyCatalog catalog, BodyRepository bodies, Accounts accounts, Territories territories, Clock clock) {
        this.territories = territories;
        this.catalog = catalog;
        this.bodies = bodies;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Every body of the territory, the standard ones created if missing. */
    public List<Body> of(String territorySiren) {
        return catalog.of(territorySiren);
    }

    /** A body of the territory; NOT_FOUND when it belongs to another. */
    public Body find(String territorySiren, long bodyId) {
        return bodies.find(bodyId).filter(b -> b.territorySiren().equals(territorySiren))
                .orElseThrow(() -> new MeetingException(Reason.NOT_FOUND, "body.error.unknown"));
    }

    /**
     * Adds a body (network, steering committee or other) to the territory.
     *
     * @throws MeetingException FORBIDDEN for a user who does not run the territory's meetings;
     *                          INVALID for another kind or a missing or too long name
     */
    @Transactional
    public Body add(String territorySiren, BodyKind kind, String name, NouageUser user) {
        requireOrganiser(territorySiren, user);
        if (kind == null || !ADDABLE.contains(kind)) {
            throw new MeetingException(Reason.INVALID, "body.error.kind");
        }
        if (name == null || name.isBlank() || name.strip().length() > NAME_MAX) {
            throw new MeetingException(Reason.INVALID, "body.error.name");
        }
        long id = bodies.insertCustom(territorySiren, kind, name.strip(), clock.instant());
        return bodies.find(id).orElseThrow();
    }

    /**
     * The members of a body: those named explicitly, and for the collective of directors every
     * director and facilitator of the territory.
     */
    public List<Account> members(Body body) {
        List<Account> members = new ArrayList<>();
        if (body.kind() == BodyKind.COLLECTIVE) {
            accounts.inTerritories(List.of(body.territorySiren())).stream().filter(Account::enabled)
                    .filter(a -> a.roles().stream().anyMatch(r -> body.territorySiren().equals(r.territorySiren())
                            && (r.role() == Role.DIRECTOR || r.role() == Role.FACILITATOR)))
                    .forEach(members::add);
        }
        for (long id : bodies.members(body.id())) {
            accounts.find(id).filter(a -> members.stream().noneMatch(m -> m.id() == a.id())).ifPresent(members::add);
        }
        members.sort(Comparator.comparing(Account::displayName));
        return members;
    }

    /**
     * The collectivités a body's meetings convene: every active collectivité of the territory for the
     * collective; for another body, those its members direct.
     */
    public Set<String> convened(Body body) {
        if (body.kind() == BodyKind.COLLECTIVE) {
            return territories.collectivities(body.territorySiren()).stream().filter(Collectivity::active)
                    .map(Collectivity::siren).collect(Collectors.toCollection(TreeSet::new));
        }
        return members(body).stream().flatMap(a -> a.roles().stream())
                .filter(r -> r.role() == Role.DIRECTOR && body.territorySiren().equals(r.territorySiren())
                        && r.collectivitySiren() != null)
                .map(RoleAssignment::collectivitySiren).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The collective of directors of a territory. */
    public Body collective(String territorySiren) {
        return catalog.collective(territorySiren);
    }

    /** People of the territory who may be named members of its bodies. */
    public List<Account> candidates(String territorySiren) {
        return accounts.inTerritories(List.of(territorySiren)).stream().filter(Account::enabled).toList();
    }

    /** Names a person of the territory member of a body. */
    @Transactional
    public void addMember(String territorySiren, long bodyId, long accountId, NouageUser user) {
        requireOrganiser(territorySiren, user);
        Body body = find(territorySiren, bodyId);
        boolean ofTerritory = candidates(territorySiren).stream().anyMatch(a -> a.id() == accountId);
        if (!ofTerritory) {
            throw new MeetingException(Reason.INVALID, "body.error.member");
        }
        bodies.addMember(body.id(), accountId);
    }

    @Transactional
    public void removeMember(String territorySiren, long bodyId, long accountId, NouageUser user) {
        requireOrganiser(territorySiren, user);
        bodies.removeMember(find(territorySiren, bodyId).id(), accountId);
    }

    private static void requireOrganiser(String territorySiren, NouageUser user) {
        if (!MeetingAccess.mayOrganise(user, territorySiren)) {
            throw new MeetingException(Reason.FORBIDDEN, "meeting.error.forbidden");
        }
    }
}
