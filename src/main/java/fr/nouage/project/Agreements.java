package fr.nouage.project;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.nouage.account.Actor;
import fr.nouage.account.NouageUser;
import fr.nouage.platform.RefusedOperation.Reason;
import fr.nouage.project.internal.AgreementRepository;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;

/**
 * Conventions carried by projects: their financing keys simulated side by side, chosen, the
 * parties' approving deliberations recorded, and the shares frozen at signature.
 */
@Service
public class Agreements {

    static final int OBJECT_MAX = 2000;
    static final int REFERENCE_MAX = 100;

    private final AgreementRepository agreements;
    private final Projects projects;
    private final Territories territories;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Agreements(AgreementRepository agreements, Projects projects, Territories territories,
            ApplicationEventPublisher events, Clock clock) {
        this.agreements = agreements;
        this.projects = projects;
        this.territories = territories;
        this.events = events;
        this.clock = clock;
    }

    /**
     * What the split of an amount needs: the amount as typed, the parties and, for a key on units,
     * each party's units.
     */
    public record Split(String amount, List<String> parties, Map<String, Long> units) {
    }

    /** A convention to add: its terms, its split and the key chosen. */
    public record NewAgreement(String title, AgreementKind kind, String object, Integer durationMonths,
            String unitLabel, Split split, FinancingKey key) {
    }

    /** The parties of a split with the figures the platform holds, checked. */
    public record Figures(long amountCents, List<FinancingKey.Party> parties) {
    }

    /**
     * Checks a split against the territory: amount, parties (two or more, of the territory, each
     * once) and units (every party's, when the key uses them), with today's populations.
     *
     * @throws ProjectException INVALID naming the problem
     */
    public Figures figures(String territorySiren, Split split, FinancingKey key) {
        long cents = Amounts.cents(split.amount());
        List<String> parties = split.parties() == null ? List.of() : split.parties();
        if (parties.size() < 2) {
            throw new ProjectException(Reason.INVALID, "agreement.error.parties");
        }
        Map<String, Collectivity> known = new LinkedHashMap<>();
        territories.collectivities(territorySiren).stream().filter(Collectivity::active).forEach(c -> known.put(c.siren(), c));
        Map<String, Long> units = split.units() == null ? Map.of() : split.units();
        List<FinancingKey.Party> result = new ArrayList<>();
        for (String siren : parties) {
            Collectivity c = known.get(siren);
            if (c == null) {
                throw new ProjectException(Reason.INVALID, "agreement.error.party", String.valueOf(siren));
            }
            Long u = units.get(siren);
            if (key.uses(KeyBasis.UNITS) && u == null) {
                throw new ProjectException(Reason.INVALID, "agreement.error.unitsMissing", c.name());
            }
            if (u != null && u < 0) {
                throw new ProjectException(Reason.INVALID, "agreement.error.units", c.name());
            }
            result.add(new FinancingKey.Party(siren, c.population(), u == null ? 0 : u));
        }
        return new Figures(cents, result);
    }

    /** Several keys applied to the same split, side by side, nothing saved. */
    public Map<FinancingKey, List<FinancingKey.Share>> simulate(String territorySiren, Split split,
            List<FinancingKey> keys) {
        Map<FinancingKey, List<FinancingKey.Share>> result = new LinkedHashMap<>();
        for (FinancingKey key : keys) {
            Figures figures = figures(territorySiren, split, key);
            result.put(key, key.shares(figures.amountCents(), figures.parties()));
        }
        return result;
    }

    /**
     * Adds a convention to a project with the key chosen; the shares are computed on today's
     * populations (and computed again at signature, then frozen).
     *
     * @throws ProjectException FORBIDDEN for a user who does not steer the project; INVALID naming
     *                          the problem
     */
    @Transactional
    public Agreement create(long projectId, NewAgreement a, NouageUser user) {
        Project project = projects.steered(projectId, user);
        String title = Texts.required(a.title(), Projects.TITLE_MAX, "agreement.error.title");
        if (a.key() == null) {
            throw new ProjectException(Reason.INVALID, "agreement.error.weights");
        }
        if (a.durationMonths() != null && (a.durationMonths() < 1 || a.durationMonths() > 1200)) {
            throw new ProjectException(Reason.INVALID, "agreement.error.duration");
        }
        Figures figures = figures(project.territorySiren(), a.split(), a.key());
        List<FinancingKey.Share> shares = a.key().shares(figures.amountCents(), figures.parties());
        long id = agreements.insert(new AgreementRepository.NewRow(projectId, project.territorySiren(), title,
                a.kind() == null ? AgreementKind.MUTUALISATION : a.kind(),
                Texts.optional(a.object(), OBJECT_MAX, "agreement.error.object"), a.durationMonths(),
                figures.amountCents(), a.key(), Texts.optional(a.unitLabel(), REFERENCE_MAX, "agreement.error.unitLabel")),
                clock.instant());
        for (int i = 0; i < shares.size(); i++) {
            FinancingKey.Party party = figures.parties().get(i);
            agreements.addParty(id, party.siren(), party.units(), party.population(), shares.get(i).cents());
        }
        announce(id, project, title, "agreement.change.added", user);
        return require(id);
    }

    /**
     * Records the deliberation of a party approving the convention.
     *
     * @throws ProjectException FORBIDDEN for a user who may not answer for that party; INVALID for a
     *                          missing date or reference, or a collectivité that is no party
     */
    @Transactional
    public Agreement recordDeliberation(long agreementId, String siren, LocalDate on, String reference, NouageUser user) {
        Agreement agreement = require(agreementId);
        Project project = projects.require(agreement.projectId());
        if (!ProjectAccess.mayAnswerFor(user, project, String.valueOf(siren))) {
            throw new ProjectException(Reason.FORBIDDEN, "agreement.error.forbidden");
        }
        if (on == null || on.isAfter(LocalDate.now(clock.withZone(fr.nouage.platform.DateFormats.PARIS)))) {
            throw new ProjectException(Reason.INVALID, "agreement.error.deliberationDate");
        }
        String ref = Texts.required(reference, REFERENCE_MAX, "agreement.error.reference");
        if (!agreements.recordDeliberation(agreementId, siren, on, ref)) {
            throw new ProjectException(Reason.INVALID, "agreement.error.party", String.valueOf(siren));
        }
        announce(agreementId, project, agreement.title(), "agreement.change.deliberation", user);
        return require(agreementId);
    }

    /**
     * Signs the convention once every party approved it: the shares are computed a last time on the
     * populations of the day and frozen; a later vintage of the populations no longer moves them.
     *
     * @throws ProjectException CONFLICT when already signed; INVALID while a party's deliberation is missing
     */
    @Transactional
    public Agreement sign(long agreementId, LocalDate on, NouageUser user) {
        Agreement agreement = require(agreementId);
        Project project = projects.steered(agreement.projectId(), user);
        if (agreement.signed()) {
            throw new ProjectException(Reason.CONFLICT, "agreement.error.signed");
        }
        if (!agreement.approvedByAll()) {
            throw new ProjectException(Reason.INVALID, "agreement.error.approvals");
        }
        if (on == null) {
            throw new ProjectException(Reason.INVALID, "agreement.error.signDate");
        }
        List<FinancingKey.Share> shares = currentShares(agreement);
        for (FinancingKey.Share share : shares) {
            long population = territories.collectivity(share.siren()).map(Collectivity::population).orElse(0);
            agreements.setShare(agreementId, share.siren(), population, share.cents());
        }
        if (!agreements.sign(agreementId, on)) {
            throw new ProjectException(Reason.CONFLICT, "agreement.error.signed");
        }
        announce(agreementId, project, agreement.title(), "agreement.change.signed", user);
        return require(agreementId);
    }

    /** The shares the convention's key gives on today's populations (a simulation once it is signed). */
    public List<FinancingKey.Share> currentShares(Agreement agreement) {
        Split split = new Split(Amounts.plain(agreement.amountCents()),
                agreement.parties().stream().map(AgreementParty::siren).toList(), units(agreement));
        Figures figures = figures(agreement.territorySiren(), split, agreement.key());
        return agreement.key().shares(figures.amountCents(), figures.parties());
    }

    /** The shares the convention states: frozen once signed, those of today's populations before. */
    public List<FinancingKey.Share> shares(Agreement agreement) {
        if (!agreement.signed()) {
            return currentShares(agreement);
        }
        List<FinancingKey.Party> frozen = agreement.parties().stream().map(p -> new FinancingKey.Party(p.siren(),
                p.population() == null ? 0 : p.population(), p.units())).toList();
        return agreement.key().shares(agreement.amountCents(), frozen);
    }

    private static Map<String, Long> units(Agreement agreement) {
        Map<String, Long> units = new LinkedHashMap<>();
        agreement.parties().forEach(p -> units.put(p.siren(), p.units()));
        return units;
    }

    public Optional<Agreement> find(long id) {
        return agreements.find(id);
    }

    public Agreement require(long id) {
        return agreements.find(id).orElseThrow(() -> new ProjectException(Reason.NOT_FOUND, "agreement.error.unknown"));
    }

    public List<Agreement> ofProject(long projectId) {
        return agreements.ofProject(projectId);
    }

    private void announce(long agreementId, Project project, String title, String change, NouageUser user) {
        events.publishEvent(new AgreementAdded(agreementId, project.id(), project.territorySiren(), title, change,
                Actor.of(user), clock.instant()));
    }
}
