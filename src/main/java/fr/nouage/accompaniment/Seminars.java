package fr.nouage.accompaniment;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.nouage.accompaniment.internal.CodeAttempts;
import fr.nouage.accompaniment.internal.SeminarRepository;
import fr.nouage.account.NouageUser;
import fr.nouage.platform.DateRange;
import fr.nouage.platform.RefusedOperation.Reason;
import fr.nouage.territory.Territories;

/** Regional seminars: built by the coordinator, reached by the invited territories and by a short code. */
@Service
public class Seminars {

    static final int TITLE_MAX = 300;
    static final int TEXT_MAX = 2000;
    /** Letters and digits that cannot be mistaken for one another when read aloud or projected. */
    static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    /** 31^8 ≈ 8.5 × 10^11 codes: with guesses throttled per address, one cannot be found by trying. */
    public static final int CODE_LENGTH = 8;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SeminarRepository seminars;
    private final CodeAttempts attempts;
    private final Territories territories;
    private final AccompanimentProperties properties;
    private final Clock clock;

    Seminars(SeminarRepository seminars, CodeAttempts attempts, Territories territories,
            AccompanimentProperties properties, Clock clock) {
        this.seminars = seminars;
        this.attempts = attempts;
        this.territories = territories;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * A seminar to build: its title, day, place, the territories (SIREN of their EPCI) invited and the
     * last day of registrations ({@code null}: the seminar's day).
     */
    public record NewSeminar(String title, LocalDate heldOn, String place, List<String> territories,
            LocalDate registrationsCloseOn) {

        public NewSeminar(String title, LocalDate heldOn, String place, List<String> territories) {
            this(title, heldOn, place, territories, null);
        }
    }

    /**
     * Builds a seminar with a fresh code.
     *
     * @throws AccompanimentException FORBIDDEN for anyone but the coordinator or the admin; INVALID
     *                                for a missing title or day, or a territory that does not use Nouage
     */
    @Transactional
    public Seminar create(NewSeminar s, NouageUser user) {
        if (!SeminarAccess.mayBuild(user)) {
            throw new AccompanimentException(Reason.FORBIDDEN, "accompaniment.error.build");
        }
        String title = Texts.required(s.title(), TITLE_MAX, "accompaniment.error.title");
        if (s.heldOn() == null) {
            throw new AccompanimentException(Reason.INVALID, "accompaniment.error.day");
        }
        DateRange.require(s.heldOn(), (key, args) -> new AccompanimentException(Reason.INVALID, key, args));
        if (s.registrationsCloseOn() != null && s.registrationsCloseOn().isAfter(s.heldOn())) {
            throw new AccompanimentException(Reason.INVALID, "accompaniment.error.closeOn");
        }
        Set<String> invited = new LinkedHashSet<>(s.territories() == null ? List.of() : s.territories());
        for (String siren : invited) {
            if (siren == null || !territories.exists(siren)) {
                throw new AccompanimentException(Reason.INVALID, "accompaniment.error.territory", String.valueOf(siren));
            }
        }
        long id = seminars.insert(title, s.heldOn(), Texts.optional(s.place(), TITLE_MAX, "accompaniment.error.place"),
                freshCode(), s.registrationsCloseOn(), user.displayName(), clock.instant());
        invited.forEach(siren -> seminars.invite(id, siren));
        return seminars.find(id).orElseThrow();
    }

    private String freshCode() {
        String code;
        do {
            StringBuilder b = new StringBuilder(CODE_LENGTH);
            for (int i = 0; i < CODE_LENGTH; i++) {
                b.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
            }
            code = b.toString();
        } while (seminars.codeTaken(code));
        return code;
    }

    /** A sequence of the programme. */
    public record NewSequence(LocalTime startsAt, LocalTime endsAt, String title, String speakers, String resources) {
    }

    /**
     * Adds a sequence to the programme.
     *
     * @throws AccompanimentException FORBIDDEN for anyone but the coordinator; INVALID for a missing
     *                                title or start, or an end before the start
     */
    @Transactional
    public Sequence addSequence(long seminarId, NewSequence s, NouageUser user) {
        Seminar seminar = require(seminarId);
        if (!SeminarAccess.mayBuild(user)) {
            throw new AccompanimentException(Reason.FORBIDDEN, "accompaniment.error.build");
        }
        String title = Texts.required(s.title(), TITLE_MAX, "accompaniment.error.sequenceTitle");
        if (s.startsAt() == null || (s.endsAt() != null && s.endsAt().isBefore(s.startsAt()))) {
            throw new AccompanimentException(Reason.INVALID, "accompaniment.error.times");
        }
        long id = seminars.addSequence(seminar.id(), s.startsAt(), s.endsAt(), title,
                Texts.optional(s.speakers(), TEXT_MAX, "accompaniment.error.speakers"),
                Texts.optional(s.resources(), TEXT_MAX, "accompaniment.error.resources"));
        return programme(seminarId).stream().filter(q -> q.id() == id).findFirst().orElseThrow();
    }

    @Transactional
    public void removeSequence(long seminarId, long sequenceId, NouageUser user) {
        require(seminarId);
        if (!SeminarAccess.mayBuild(user)) {
            throw new AccompanimentException(Reason.FORBIDDEN, "accompaniment.error.build");
        }
        seminars.removeSequence(seminarId, sequenceId);
    }

    public List<Sequence> programme(long seminarId) {
        return seminars.programme(seminarId);
    }

    public Optional<Seminar> find(long id) {
        return seminars.find(id);
    }

    /** The seminar; NOT_FOUND when unknown. */
    public Seminar require(long id) {
        return seminars.find(id).orElseThrow(() -> new AccompanimentException(Reason.NOT_FOUND,
                "accompaniment.error.unknown"));
    }

    /**
     * The seminar once checked that the user takes part in it.
     *
     * @throws AccompanimentException NOT_FOUND when unknown; FORBIDDEN when no territory of the user is invited
     */
    public Seminar forParticipant(long id, NouageUser user) {
        Seminar seminar = require(id);
        if (!SeminarAccess.mayTakePart(user, seminar)) {
            throw new AccompanimentException(Reason.FORBIDDEN, "accompaniment.error.notInvited");
        }
        return seminar;
    }

    /** The seminars the user may see: every one for the coordinator, those inviting one of their territories otherwise. */
    public List<Seminar> visibleTo(NouageUser user) {
        return SeminarAccess.mayBuild(user) ? seminars.all() : seminars.inviting(user.territorySirens());
    }

    /**
     * The seminar of a code typed by someone at {@code address}. Wrong codes are counted per address
     * in the database; past {@code codeAttempts} in {@code codeWindow} every code is refused for a while.
     *
     * Not transactional on purpose: a wrong code is recorded even though the call ends in a refusal.
     *
     * @throws AccompanimentException CONFLICT when the address typed too many wrong codes; NOT_FOUND for an unknown code
     */
    public Seminar byCode(String typed, String address) {
        var now = clock.instant();
        if (attempts.since(address, now.minus(properties.codeWindow())) >= properties.codeAttempts()) {
            throw new AccompanimentException(Reason.CONFLICT, "accompaniment.error.tooManyCodes");
        }
        String code = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT).replace(" ", "").replace("-", "");
        Optional<Seminar> seminar = code.length() == CODE_LENGTH ? seminars.byCode(code) : Optional.empty();
        if (seminar.isEmpty()) {
            attempts.record(address, now);
            attempts.forget(now.minus(properties.codeWindow().multipliedBy(2)));
            throw new AccompanimentException(Reason.NOT_FOUND, "accompaniment.error.code");
        }
        return seminar.get();
    }
}
