package fr.nouage.accompaniment;

import static fr.nouage.platform.DateFormats.PARIS;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.nouage.accompaniment.internal.DelegateRepository;
import fr.nouage.account.NouageUser;
import fr.nouage.account.Role;
import fr.nouage.platform.RefusedOperation.Reason;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;

/**
 * Registrations to a seminar as territory delegations: the directors of an invited territory register
 * together the people of the EPCI and of its communes, until the closing day.
 */
@Service
public class Delegations {

    static final int NAME_MAX = 200;

    private final Seminars seminars;
    private final DelegateRepository delegates;
    private final Territories territories;
    private final Clock clock;

    Delegations(Seminars seminars, DelegateRepository delegates, Territories territories, Clock clock) {
        this.seminars = seminars;
        this.delegates = delegates;
        this.territories = territories;
        this.clock = clock;
    }

    /** Who registers a territory's delegation: its directors, its facilitator, the coordinator, the admin. */
    public static boolean mayRegister(NouageUser user, String territorySiren) {
        return user.hasIn(Role.DIRECTOR, territorySiren) || user.hasIn(Role.FACILITATOR, territorySiren)
                || SeminarAccess.mayBuild(user);
    }

    /** A person to register: the collectivité they come for, their name and job. */
    public record NewDelegate(String collectivitySiren, String name, String job) {
    }

    /**
     * Registers (or registers again, replacing it) the delegation of a territory.
     *
     * @throws AccompanimentException NOT_FOUND for an unknown seminar; FORBIDDEN for a user who does not
     *                                register for that territory, or a territory not invited; CONFLICT
     *                                after the closing day; INVALID for a collectivité outside the
     *                                territory, a missing or too long name, or an empty delegation
     */
    @Transactional
    public List<Delegate> register(long seminarId, String territorySiren, List<NewDelegate> people, NouageUser user) {
        Seminar seminar = speakingFor(seminarId, territorySiren, user);
        if (!seminar.registrationsOpen(LocalDate.now(clock.withZone(PARIS)))) {
            throw new AccompanimentException(Reason.CONFLICT, "accompaniment.error.closed");
        }
        Set<String> members = territories.collectivities(territorySiren).stream().filter(Collectivity::active)
                .map(Collectivity::siren).collect(Collectors.toSet());
        List<Delegate> kept = new ArrayList<>();
        for (NewDelegate p : people == null ? List.<NewDelegate>of() : people) {
            if (p.collectivitySiren() == null || !members.contains(p.collectivitySiren())) {
                throw new AccompanimentException(Reason.INVALID, "accompaniment.error.delegateCollectivity",
                        String.valueOf(p.collectivitySiren()));
            }
            kept.add(new Delegate(0, seminarId, territorySiren, p.collectivitySiren(),
                    Texts.required(p.name(), NAME_MAX, "accompaniment.error.delegateName"),
                    Texts.optional(p.job(), NAME_MAX, "accompaniment.error.delegateName")));
        }
        if (kept.isEmpty()) {
            throw new AccompanimentException(Reason.INVALID, "accompaniment.error.emptyDelegation");
        }
        delegates.replace(seminarId, territorySiren, kept, user.displayName(), clock.instant());
        return delegation(seminarId, territorySiren);
    }

    /**
     * The seminar, once checked that the user speaks for that territory's delegation and that the
     * territory is invited.
     *
     * @throws AccompanimentException NOT_FOUND for an unknown seminar; FORBIDDEN for a user who does
     *                                not speak for the territory, or a territory not invited
     */
    public Seminar speakingFor(long seminarId, String territorySiren, NouageUser user) {
        Seminar seminar = seminars.require(seminarId);
        if (!mayRegister(user, territorySiren)) {
            throw new AccompanimentException(Reason.FORBIDDEN, "accompaniment.error.register");
        }
        if (!seminar.invites(territorySiren)) {
            throw new AccompanimentException(Reason.FORBIDDEN, "accompaniment.error.notInvited");
        }
        return seminar;
    }

    /** The delegation a territory registered, empty when none. */
    public List<Delegate> delegation(long seminarId, String territorySiren) {
        return delegates.ofSeminar(seminarId).stream().filter(d -> d.territorySiren().equals(territorySiren)).toList();
    }

    /** Every delegation of the seminar, by territory SIREN. */
    public Map<String, List<Delegate>> participants(long seminarId) {
        Map<String, List<Delegate>> byTerritory = new LinkedHashMap<>();
        delegates.ofSeminar(seminarId).forEach(d -> byTerritory.computeIfAbsent(d.territorySiren(), s -> new ArrayList<>())
                .add(d));
        return byTerritory;
    }
}
