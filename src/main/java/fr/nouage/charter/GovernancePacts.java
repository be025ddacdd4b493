package fr.nouage.charter;

import static fr.nouage.platform.DateFormats.PARIS;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.nouage.account.Actor;
import fr.nouage.platform.DateRange;
import fr.nouage.account.NouageUser;
import fr.nouage.account.Role;
import fr.nouage.platform.RefusedOperation.Reason;
import fr.nouage.charter.internal.PactRepository;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;

/** The pacte de gouvernance timeline of a territory, on the élus' side (CGCT L5211-11-2). */
@Service
public class GovernancePacts {

    /** Largest adopted text accepted, in bytes. */
    public static final int TEXT_MAX_BYTES = 10 * 1024 * 1024;
    static final int REFERENCE_MAX = 200;
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private final PactRepository pacts;
    private final Territories territories;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GovernancePacts(PactRepository pacts, Territories territories, ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.pacts = pacts;
        this.territories = territories;
        this.clock = clock;
    }

    /** The pact of the latest general renewal, if one was started. */
    public Optional<GovernancePact> latest(String territorySiren) {
        return pacts.latest(territorySiren);
    }

    /** Opinions of the municipal councils, by commune SIREN. */
    public Map<String, PactOpinion> opinions(GovernancePact pact) {
        return pacts.opinions(pact.id());
    }

    /** What remains to do today, with due dates. */
    public List<PactReminder> reminders(GovernancePact pact) {
        return PactReminder.of(pact, opinions(pact), communes(pact.territorySiren()), LocalDate.now(clock.withZone(PARIS)));
    }

    /** The member communes whose opinion is asked. */
    public List<Collectivity> communes(String territorySiren) {
        return territories.collectivities(territorySiren).stream().filter(Collectivity::active)
                .filter(c -> !c.isEpci()).toList();
    }

    /**
     * Starts following the pact after a general renewal.
     *
     * @throws CharterException CONFLICT when that renewal is followed already
     */
    @Transactional
    public GovernancePact start(String territorySiren, LocalDate renewalDate, NouageUser user) {
        checkWriter(territorySiren, user);
        if (renewalDate == null) {
            throw new CharterException(Reason.INVALID, "pact.error.renewal");
        }
        DateRange.require(renewalDate, CharterException::invalid);
        if (pacts.exists(territorySiren, renewalDate)) {
            throw new CharterException(Reason.CONFLICT, "pact.error.exists");
        }
        GovernancePact started = pacts.find(pacts.insert(territorySiren, renewalDate, clock.instant())).orElseThrow();
        recorded(started, GovernancePactRecorded.Change.STARTED, null, null, user);
        return started;
    }

    /** The dates of the procedure, as recorded in the form. */
    public record Timeline(LocalDate debateDate, Boolean drawUp, LocalDate draftSentOn, LocalDate adoptedOn,
            String deliberationRef, int expectedLock) {
    }

    /**
     * Records the dates of the procedure.
     *
     * @throws CharterException INVALID for dates out of order; CONFLICT when someone saved meanwhile
     */
    @Transactional
    public GovernancePact update(String territorySiren, long pactId, Timeline timeline, NouageUser user) {
        checkWriter(territorySiren, user);
        GovernancePact pact = require(territorySiren, pactId);
        for (LocalDate date : java.util.Arrays.asList(timeline.debateDate(), timeline.draftSentOn(), timeline.adoptedOn())) {
            DateRange.require(date, CharterException::invalid);
        }
        LocalDate debate = timeline.debateDate();
        if (debate != null && debate.isBefore(pact.renewalDate())) {
            throw new CharterException(Reason.INVALID, "pact.error.debateBeforeRenewal");
        }
        if (timeline.draftSentOn() != null && (debate == null || !Boolean.TRUE.equals(timeline.drawUp())
                || timeline.draftSentOn().isBefore(debate))) {
            throw new CharterException(Reason.INVALID, "pact.error.draftBeforeDebate");
        }
        if (timeline.adoptedOn() != null && (timeline.draftSentOn() == null
                || timeline.adoptedOn().isBefore(timeline.draftSentOn()))) {
            throw new CharterException(Reason.INVALID, "pact.error.adoptedBeforeDraft");
        }
        String reference = blankToNull(timeline.deliberationRef());
        if (reference != null && reference.length() > REFERENCE_MAX) {
            throw new CharterException(Reason.INVALID, "charter.error.reference");
        }
        if (!pacts.updateTimeline(pactId, timeline.expectedLock(), debate, debate == null ? null : timeline.drawUp(),
                timeline.draftSentOn(), timeline.adoptedOn(), reference)) {
            throw new CharterException(Reason.CONFLICT, "pact.error.conflict");
        }
        recorded(pact, GovernancePactRecorded.Change.TIMELINE, null, null, user);
        return pacts.find(pactId).orElseThrow();
    }

    /**
     * Records a municipal council's opinion, by the commune's director, the EPCI's director or the
     * facilitator.
     *
     * @throws CharterException INVALID before the draft was sent, for a date before it, or for a
     *                          collectivité that is not a member commune; FORBIDDEN otherwise
     */
    @Transactional
    public void recordOpinion(String territorySiren, long pactId, String communeSiren, PactOpinion.Kind opinion,
            LocalDate givenOn, String reference, NouageUser user) {
        GovernancePact pact = require(territorySiren, pactId);
        boolean allowed = user.hasIn(Role.FACILITATOR, territorySiren) || user.has(Role.COORDINATOR)
                || user.has(Role.ADMIN) || user.directsIn(territorySiren, territorySiren)
                || user.directsIn(territorySiren, communeSiren);
        if (!allowed) {
            throw new CharterException(Reason.FORBIDDEN, "pact.error.opinionForbidden");
        }
        if (communes(territorySiren).stream().noneMatch(c -> c.siren().equals(communeSiren))) {
            throw new CharterException(Reason.INVALID, "pact.error.commune");
        }
        DateRange.require(givenOn, CharterException::invalid);
        if (pact.draftSentOn() == null) {
            throw new CharterException(Reason.INVALID, "pact.error.noDraft");
        }
        if (opinion == null || givenOn == null || givenOn.isBefore(pact.draftSentOn())) {
            throw new CharterException(Reason.INVALID, "pact.error.opinion");
        }
        String ref = blankToNull(reference);
        if (ref != null && ref.length() > REFERENCE_MAX) {
            throw new CharterException(Reason.INVALID, "charter.error.reference");
        }
        pacts.saveOpinion(pactId, new PactOpinion(communeSiren, opinion, givenOn, ref, user.displayName()),
                clock.instant());
        recorded(pact, GovernancePactRecorded.Change.OPINION, communeSiren, opinion, user);
    }

    /**
     * Attaches the adopted text, a PDF file.
     *
     * @throws CharterException INVALID for an empty or too large file or one that is not a PDF (checked
     *                          on its first bytes, not its name)
     */
    @Transactional
    public void attachText(String territorySiren, long pactId, String fileName, byte[] content, NouageUser user) {
        checkWriter(territorySiren, user);
        GovernancePact pact = require(territorySiren, pactId);
        if (content == null || content.length == 0 || content.length > TEXT_MAX_BYTES) {
            throw new CharterException(Reason.INVALID, "pact.error.textSize", TEXT_MAX_BYTES / (1024 * 1024));
        }
        if (!startsWith(content, PDF_MAGIC)) {
            throw new CharterException(Reason.INVALID, "pact.error.textType");
        }
        String name = fileName == null || fileName.isBlank() ? "pacte.pdf"
                : fileName.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        pacts.attachText(pactId, name, content, sha256(content), clock.instant());
        recorded(pact, GovernancePactRecorded.Change.TEXT, null, null, user);
    }

    private void recorded(GovernancePact pact, GovernancePactRecorded.Change change, String communeSiren,
            PactOpinion.Kind opinion, NouageUser user) {
        events.publishEvent(new GovernancePactRecorded(pact.territorySiren(), pact.id(), change, pact.renewalDate(),
                communeSiren, opinion, Actor.of(user), clock.instant()));
    }

    /** The adopted text of the pact, if attached. */
    public Optional<byte[]> text(String territorySiren, long pactId) {
        require(territorySiren, pactId);
        return pacts.text(pactId);
    }

    private GovernancePact require(String territorySiren, long pactId) {
        return pacts.find(pactId).filter(p -> p.territorySiren().equals(territorySiren))
                .orElseThrow(() -> new CharterException(Reason.NOT_FOUND, "pact.error.unknown"));
    }

    private void checkWriter(String territorySiren, NouageUser user) {
        if (!CharterAccess.mayWrite(user, territorySiren)) {
            throw new CharterException(Reason.FORBIDDEN, "charter.error.forbidden");
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
