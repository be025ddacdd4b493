package fr.nouage.accompaniment;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.nouage.accompaniment.internal.SeminarRepository;
import fr.nouage.accompaniment.internal.VerbatimRepository;
import fr.nouage.account.NouageUser;
import fr.nouage.platform.RefusedOperation.Reason;

/**
 * The live wall of a seminar: participants post and vote, the facilitator moderates. Every change
 * raises the seminar's wall version in the database, which the screens of every instance watch.
 */
@Service
public class VerbatimWall {

    public static final int TEXT_MAX = 500;
    static final int PSEUDONYM_MAX = 40;

    private final Seminars seminars;
    private final SeminarRepository seminarRows;
    private final VerbatimRepository verbatims;
    private final AccompanimentProperties properties;
    private final Clock clock;

    VerbatimWall(Seminars seminars, SeminarRepository seminarRows, VerbatimRepository verbatims,
            AccompanimentProperties properties, Clock clock) {
        this.seminars = seminars;
        this.seminarRows = seminarRows;
        this.verbatims = verbatims;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Who posts or votes: a signed-in participant or the bearer of the seminar's code under a pseudonym.
     *
     * @param voter the key that allows one vote per verbatim
     */
    public record Participant(String name, Long accountId, String voter) {

        public static Participant of(NouageUser user) {
            return new Participant(user.displayName(), user.accountId(), "account:" + user.accountId());
        }

        /** A pseudonym; INVALID when blank or too long. */
        public static Participant pseudonym(String pseudonym) {
            String name = Texts.required(pseudonym == null ? null : Texts.verbatimOrBlank(pseudonym), PSEUDONYM_MAX,
                    "accompaniment.error.pseudonym");
            return new Participant(name, null, "pseudonym:" + name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    /**
     * Posts a verbatim as a signed-in user.
     *
     * @throws AccompanimentException NOT_FOUND for an unknown seminar; FORBIDDEN when no territory of
     *                                the user is invited; INVALID for a missing category, a blank text
     *                                or one over {@value #TEXT_MAX} characters, or too many posts this minute
     */
    @Transactional
    public Verbatim post(long seminarId, VerbatimCategory category, String text, NouageUser user) {
        return post(seminars.forParticipant(seminarId, user), category, text, Participant.of(user));
    }

    /** Posts a verbatim as the bearer of the seminar's code (checked again here) under a pseudonym. */
    @Transactional
    public Verbatim postWithCode(long seminarId, String code, VerbatimCategory category, String text,
            Participant participant) {
        return post(withCode(seminarId, code), category, text, participant);
    }

    private Verbatim post(Seminar seminar, VerbatimCategory category, String text, Participant participant) {
        if (category == null) {
            throw new AccompanimentException(Reason.INVALID, "accompaniment.error.category");
        }
        String clean = Texts.verbatim(text, TEXT_MAX);
        var now = clock.instant();
        if (verbatims.postedSince(seminar.id(), participant.name(), now.minusSeconds(60)) >= properties.postsPerMinute()) {
            throw new AccompanimentException(Reason.INVALID, "accompaniment.error.flood", properties.postsPerMinute());
        }
        long id = verbatims.insert(seminar.id(), category, clean, participant.name(), participant.accountId(), now);
        seminarRows.wallChanged(seminar.id());
        return verbatims.find(seminar.id(), id).orElseThrow();
    }

    private Seminar withCode(long seminarId, String code) {
        Seminar seminar = seminars.require(seminarId);
        if (code == null || !code.equals(seminar.code())) {
            throw new AccompanimentException(Reason.FORBIDDEN, "accompaniment.error.code");
        }
        return seminar;
    }

    /** One vote of a signed-in participant; a second vote for the same verbatim counts nothing. */
    @Transactional
    public void vote(long seminarId, long verbatimId, NouageUser user) {
        vote(seminars.forParticipant(seminarId, user), verbatimId, Participant.of(user));
    }

    /** One vote of a code bearer. */
    @Transactional
    public void voteWithCode(long seminarId, String code, long verbatimId, Participant participant) {
        vote(withCode(seminarId, code), verbatimId, participant);
    }

    private void vote(Seminar seminar, long verbatimId, Participant participant) {
        Verbatim v = shown(seminar, verbatimId);
        if (verbatims.vote(v.id(), participant.voter())) {
            seminarRows.wallChanged(seminar.id());
        }
    }

    private Verbatim shown(Seminar seminar, long verbatimId) {
        return verbatims.find(seminar.id(), verbatimId).filter(Verbatim::shown)
                .orElseThrow(() -> new AccompanimentException(Reason.NOT_FOUND, "accompaniment.error.unknownVerbatim"));
    }

    /**
     * Hides a verbatim from the wall (or shows it again).
     *
     * @throws AccompanimentException FORBIDDEN for anyone but the facilitators of invited territories and
     *                                the coordinator; NOT_FOUND for a verbatim unknown on that wall
     */
    @Transactional
    public Verbatim hide(long seminarId, long verbatimId, boolean hidden, NouageUser user) {
        Seminar seminar = moderated(seminarId, user);
        Verbatim v = verbatims.find(seminar.id(), verbatimId)
                .orElseThrow(() -> new AccompanimentException(Reason.NOT_FOUND, "accompaniment.error.unknownVerbatim"));
        verbatims.setHidden(v.id(), hidden);
        seminarRows.wallChanged(seminar.id());
        return verbatims.find(seminar.id(), verbatimId).orElseThrow();
    }

    /** Highlights a verbatim at the top of its category (or stops highlighting it). */
    @Transactional
    public void highlight(long seminarId, long verbatimId, boolean highlighted, NouageUser user) {
        Seminar seminar = moderated(seminarId, user);
        verbatims.setHighlighted(shown(seminar, verbatimId).id(), highlighted);
        seminarRows.wallChanged(seminar.id());
    }

    /**
     * Merges a duplicate into the verbatim kept: the duplicate leaves the wall, its votes go to the one kept.
     *
     * @throws AccompanimentException INVALID when both are the same or of different categories
     */
    @Transactional
    public void merge(long seminarId, long duplicateId, long keptId, NouageUser user) {
        Seminar seminar = moderated(seminarId, user);
        Verbatim duplicate = shown(seminar, duplicateId);
        Verbatim kept = shown(seminar, keptId);
        if (duplicate.id() == kept.id() || duplicate.category() != kept.category()) {
            throw new AccompanimentException(Reason.INVALID, "accompaniment.error.merge");
        }
        verbatims.merge(duplicate.id(), kept.id(), duplicate.votes());
        seminarRows.wallChanged(seminar.id());
    }

    /**
     * The seminar once checked that the user moderates its wall.
     *
     * @throws AccompanimentException NOT_FOUND when unknown; FORBIDDEN for anyone but its moderators
     */
    public Seminar moderated(long seminarId, NouageUser user) {
        Seminar seminar = seminars.require(seminarId);
        if (!SeminarAccess.mayModerate(user, seminar)) {
            throw new AccompanimentException(Reason.FORBIDDEN, "accompaniment.error.moderate");
        }
        return seminar;
    }

    /** The wall as the room sees it, for a participant. */
    public Wall wall(long seminarId, NouageUser user) {
        return wall(seminars.forParticipant(seminarId, user));
    }

    /** The wall as the room sees it, for a code bearer. */
    public Wall wallWithCode(long seminarId, String code) {
        return wall(withCode(seminarId, code));
    }

    /** The wall of a seminar already checked. */
    public Wall wall(Seminar seminar) {
        long version = seminarRows.wallVersions(List.of(seminar.id())).getOrDefault(seminar.id(), 0L);
        return Wall.of(verbatims.ofSeminar(seminar.id()), version);
    }

    /** Every verbatim with its moderation state, for the moderators. */
    public List<Verbatim> all(long seminarId, NouageUser user) {
        return verbatims.ofSeminar(moderated(seminarId, user).id());
    }

    /** How many verbatims each category shows. */
    public static Map<VerbatimCategory, Integer> counts(Wall wall) {
        Map<VerbatimCategory, Integer> counts = new EnumMap<>(VerbatimCategory.class);
        wall.byCategory().forEach((c, list) -> counts.put(c, list.size()));
        return counts;
    }
}
