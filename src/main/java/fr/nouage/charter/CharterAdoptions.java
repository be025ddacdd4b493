package fr.nouage.charter;

import static fr.nouage.platform.DateFormats.PARIS;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.nouage.account.Actor;
import fr.nouage.account.NouageUser;
import fr.nouage.platform.RefusedOperation.Reason;
import fr.nouage.charter.internal.AdoptionRepository;
import fr.nouage.charter.internal.CharterRepository;
import fr.nouage.charter.internal.NextVersion;
import fr.nouage.rules.ActiveRules;
import fr.nouage.rules.AdoptionRule;
import fr.nouage.rules.Rules;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;

/**
 * Adoption of a charter version by each collectivité. A version comes into force once the
 * adoptions of the active collectivités meet its rule of adoption (every one of them by default):
 * the rule in force when the version was proposed. The previous version is then superseded and the
 * new rules are enacted from that day on, so that meetings planned afterwards follow them while
 * earlier meetings keep the rules recorded with them. A collectivité may still record its adoption
 * of the version in force after that.
 */
@Service
public class CharterAdoptions {

    static final int REFERENCE_MAX = 200;

    private final CharterRepository versions;
    private final AdoptionRepository adoptions;
    private final Charters charters;
    private final NextVersion nextVersion;
    private final Territories territories;
    private final Rules rules;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CharterAdoptions(CharterRepository versions, AdoptionRepository adoptions, Charters charters,
            NextVersion nextVersion, Territories territories, Rules rules, ApplicationEventPublisher events,
            Clock clock) {
        this.events = events;
        this.versions = versions;
        this.adoptions = adoptions;
        this.charters = charters;
        this.nextVersion = nextVersion;
        this.territories = territories;
        this.rules = rules;
        this.clock = clock;
    }

    /**
     * Submits a draft to the collectivités for adoption; its text is frozen from then on, and the
     * rule of adoption in force now (the defaults' while no version is in force) governs it.
     *
     * @throws CharterException FORBIDDEN for a user who may not; CONFLICT for a version that is not a
     *                          draft or while another version awaits adoption; INVALID for a version
     *                          without article or with rule parameters out of range
     */
    @Transactional
    public CharterVersion propose(String territorySiren, int number, NouageUser user) {
        if (!CharterAccess.mayWrite(user, territorySiren)) {
            throw new CharterException(Reason.FORBIDDEN, "charter.error.forbidden");
        }
        CharterVersion version = require(territorySiren, number);
        if (version.status() != CharterStatus.DRAFT) {
            throw new CharterException(Reason.CONFLICT, "charter.error.notDraft", number);
        }
        if (versions.withStatus(territorySiren, CharterStatus.PROPOSED).isPresent()) {
            throw new CharterException(Reason.CONFLICT, "charter.error.otherProposed");
        }
        if (charters.articles(version.id()).isEmpty()) {
            throw new CharterException(Reason.INVALID, "charter.error.empty");
        }
        charters.rulesOf(version);
        Instant now = clock.instant();
        if (!versions.propose(version.id(), ruleInForce(territorySiren), now)) {
            throw new CharterException(Reason.CONFLICT, "charter.error.notDraft", number);
        }
        events.publishEvent(new CharterProposed(territorySiren, number, Actor.of(user), now));
        return versions.version(version.id()).orElseThrow();
    }

    /**
     * Result of an adoption.
     *
     * @param inForce  whether this adoption met the rule and brought the version into force
     * @param progress where the adoption stands after it
     */
    public record Adopted(Adoption adoption, boolean inForce, AdoptionProgress progress) {
    }

    /**
     * Records that a collectivité adopted a version proposed for adoption (or already in force,
     * when its rule did not need every collectivité), by its director; the adoption that meets the
     * version's rule of adoption brings it into force.
     *
     * @throws CharterException FORBIDDEN when the user does not direct that collectivité; CONFLICT
     *                          when it adopted already or the version is neither proposed nor in
     *                          force; INVALID for a collectivité outside the territory or a
     *                          reference too long
     */
    @Transactional
    public Adopted adopt(String territorySiren, int number, String collectivitySiren, String councilReference,
            NouageUser user) {
        CharterVersion version = require(territorySiren, number);
        List<Collectivity> members = members(territorySiren);
        if (collectivitySiren == null || members.stream().noneMatch(c -> c.siren().equals(collectivitySiren))) {
            throw new CharterException(Reason.INVALID, "charter.error.adoptionCollectivity");
        }
        if (!CharterAccess.mayAdoptFor(user, territorySiren, collectivitySiren)) {
            throw new CharterException(Reason.FORBIDDEN, "charter.error.adoptionForbidden");
        }
        String reference = councilReference == null || councilReference.isBlank() ? null : councilReference.strip();
        if (reference != null && reference.length() > REFERENCE_MAX) {
            throw new CharterException(Reason.INVALID, "charter.error.reference");
        }
        // the row lock queues concurrent adoptions, so that the last one sees all the others
        boolean proposed = versions.lock(version.id(), CharterStatus.PROPOSED);
        if (!proposed && !versions.lock(version.id(), CharterStatus.IN_FORCE)) {
            throw new CharterException(Reason.CONFLICT, "charter.error.notProposed", number);
        }
        if (adoptions.exists(version.id(), collectivitySiren)) {
            throw new CharterException(Reason.CONFLICT, "charter.error.adoptedTwice", name(collectivitySiren));
        }
        try {
            adoptions.insert(version.id(), collectivitySiren, user.accountId(), user.displayName(), reference,
                    clock.instant());
        } catch (DuplicateKeyException e) {
            throw new CharterException(Reason.CONFLICT, "charter.error.adoptedTwice", name(collectivitySiren));
        }
        List<Adoption> all = adoptions.ofVersion(version.id());
        Adoption adoption = all.stream().filter(a -> a.collectivitySiren().equals(collectivitySiren)).findFirst()
                .orElseThrow();
        events.publishEvent(new CharterAdopted(territorySiren, number, collectivitySiren, Actor.of(user),
                adoption.adoptedAt()));
        AdoptionProgress progress = AdoptionProgress.of(ruleOf(version), members, adopters(all));
        boolean comesIntoForce = proposed && progress.met();
        if (comesIntoForce) {
            bringIntoForce(version, user);
        }
        return new Adopted(adoption, comesIntoForce, progress);
    }

    public List<Adoption> adoptions(long versionId) {
        return adoptions.ofVersion(versionId);
    }

    /**
     * Where the adoption of a version stands against its rule of adoption; for a draft, against the
     * rule that would govern it if it were proposed now.
     */
    public AdoptionProgress progress(CharterVersion version) {
        return AdoptionProgress.of(ruleOf(version), members(version.territorySiren()),
                adopters(adoptions.ofVersion(version.id())));
    }

    /** The rule of adoption that governs a version: fixed when proposed, else the one in force now. */
    public AdoptionRule ruleOf(CharterVersion version) {
        return version.adoptionRule() != null ? version.adoptionRule() : ruleInForce(version.territorySiren());
    }

    private AdoptionRule ruleInForce(String territorySiren) {
        return charters.inForce(territorySiren).map(charters::rulesOf).orElseGet(ActiveRules::defaults).adoptionRule();
    }

    private static Set<String> adopters(List<Adoption> all) {
        return all.stream().map(Adoption::collectivitySiren).collect(Collectors.toSet());
    }

    private void bringIntoForce(CharterVersion version, NouageUser user) {
        ActiveRules rules = charters.rulesOf(version);
        Instant now = clock.instant();
        Optional<CharterVersion> previous = versions.withStatus(version.territorySiren(), CharterStatus.IN_FORCE);
        previous.ifPresent(p -> versions.changeStatus(p.id(), CharterStatus.IN_FORCE, CharterStatus.SUPERSEDED, now));
        versions.changeStatus(version.id(), CharterStatus.PROPOSED, CharterStatus.IN_FORCE, now);
        events.publishEvent(new CharterInForce(version.territorySiren(), version.number(),
                previous.map(CharterVersion::number).orElse(null), Actor.of(user), now));
        this.rules.enact(version.territorySiren(), LocalDate.now(clock.withZone(PARIS)), rules, Actor.of(user));
        nextVersion.incorporatePending(version.territorySiren(), user.displayName(), Actor.of(user), now);
    }

    private List<Collectivity> members(String territorySiren) {
        return territories.collectivities(territorySiren).stream().filter(Collectivity::active).toList();
    }

    private String name(String siren) {
        return territories.collectivity(siren).map(Collectivity::name).orElse(siren);
    }

    private CharterVersion require(String territorySiren, int number) {
        return versions.version(territorySiren, number)
                .orElseThrow(() -> new CharterException(Reason.NOT_FOUND, "charter.error.unknownVersion"));
    }
}
