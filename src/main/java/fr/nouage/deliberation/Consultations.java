package fr.nouage.deliberation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.nouage.account.Actor;
import fr.nouage.platform.DateRange;
import fr.nouage.account.NouageUser;
import fr.nouage.platform.RefusedOperation.Reason;
import fr.nouage.deliberation.internal.ConsultationRepository;
import fr.nouage.meeting.MeetingAccess;

/**
 * Consultations of the collectivités between meetings: a director or the facilitator opens one with
 * a closing date; each collectivité answers once through its director and may change its answer
 * until it closes; once closed, the result is computed from the answers.
 */
@Service
public class Consultations {

    static final int TITLE_MAX = 300;
    static final int BODY_MAX = 10_000;
    static final int COMMENT_MAX = 4_000;
    static final int OPTIONS_MAX = 20;
    static final int POINTS_MAX = 1_000;
    /** Longest form token kept (its column); the tokens the form is given are 36 characters long. */
    static final int FORM_TOKEN_MAX = 64;
    static final Duration LONGEST = Duration.ofDays(366);

    private final ConsultationRepository consultations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Consultations(ConsultationRepository consultations, ApplicationEventPublisher events, Clock clock) {
        this.consultations = consultations;
        this.events = events;
        this.clock = clock;
    }

    /**
     * What is needed to open a consultation.
     *
     * @param options     the options of a choice, in order (ignored for a proposal or a question)
     * @param dates       the dates proposed by a date poll, in order
     * @param pointsTotal the points each collectivité shares out, for {@link ConsultationKind#POINTS}
     * @param formToken   the token of the form that asks for it: a second submission of the same form
     *                    opens nothing more, {@code null} for none
     */
    public record NewConsultation(ConsultationKind kind, String title, String body, Instant closesAt,
            List<String> options, List<Instant> dates, Integer pointsTotal, String formToken) {
    }

    /**
     * Opens a consultation and announces it ({@link ConsultationOpened}).
     *
     * @return the consultation (the one already opened by the same form, if submitted twice)
     * @throws DeliberationException FORBIDDEN for a user who is neither a director of the territory
     *                               nor its facilitator; INVALID for a missing kind or title, a
     *                               closing date past or more than a year ahead, fewer than two
     *                               options (or dates) or more than 20, or a points total outside 1–1000
     */
    @Transactional
    public Consultation open(String territorySiren, NewConsultation request, NouageUser user) {
        if (!MeetingAccess.mayOrganise(user, territorySiren)) {
            throw new DeliberationException(Reason.FORBIDDEN, "consultation.error.forbidden");
        }
        if (request.formToken() != null && (request.formToken().isEmpty()
                || request.formToken().length() > FORM_TOKEN_MAX)) {
            throw new DeliberationException(Reason.INVALID, "form.error.token");
        }
        if (request.formToken() != null) {
            Optional<Consultation> done = consultations.byFormToken(request.formToken()).flatMap(consultations::find)
                    .filter(c -> c.territorySiren().equals(territorySiren));
            if (done.isPresent()) {
                return done.get();
            }
        }
        ConsultationKind kind = request.kind();
        if (kind == null) {
            throw new DeliberationException(Reason.INVALID, "consultation.error.kind");
        }
        String title = strip(request.title());
        if (title == null || title.length() > TITLE_MAX) {
            throw new DeliberationException(Reason.INVALID, "consultation.error.title");
        }
        String body = strip(request.body());
        if (body != null && body.length() > BODY_MAX) {
            throw new DeliberationException(Reason.INVALID, "consultation.error.body");
        }
        if ((kind == ConsultationKind.CONSENT || kind == ConsultationKind.ADVICE) && body == null) {
            throw new DeliberationException(Reason.INVALID, "consultation.error.bodyRequired");
        }
        Instant now = clock.instant();
        DateRange.require(request.closesAt(), DeliberationException::invalid);
        request.dates().forEach(date -> DateRange.require(date, DeliberationException::invalid));
        if (request.closesAt() == null || !request.closesAt().isAfter(now)
                || request.closesAt().isAfter(now.plus(LONGEST))) {
            throw new DeliberationException(Reason.INVALID, "consultation.error.closesAt");
        }
        List<String> labels = new ArrayList<>();
        List<Instant> dates = new ArrayList<>();
        if (kind == ConsultationKind.DATE_POLL) {
            request.dates().stream().filter(d -> d != null).distinct().sorted().forEach(dates::add);
            dates.forEach(d -> labels.add(d.toString()));
        } else if (kind.hasOptions()) {
            Set<String> seen = new HashSet<>();
            for (String option : request.options()) {
                String label = strip(option);
                if (label != null && seen.add(label)) {
                    if (label.length() > TITLE_MAX) {
                        throw new DeliberationException(Reason.INVALID, "consultation.error.optionTooLong");
                    }
                    labels.add(label);
                }
            }
        }
        if (kind.hasOptions() && (labels.size() < 2 || labels.size() > OPTIONS_MAX)) {
            throw new DeliberationException(Reason.INVALID, kind == ConsultationKind.DATE_POLL
                    ? "consultation.error.dates" : "consultation.error.options", OPTIONS_MAX);
        }
        Integer points = null;
        if (kind == ConsultationKind.POINTS) {
            points = request.pointsTotal();
            if (points == null || points < 1 || points > POINTS_MAX) {
                throw new DeliberationException(Reason.INVALID, "consultation.error.pointsTotal", POINTS_MAX);
            }
        }
        long id = consultations.insert(new ConsultationRepository.NewConsultation(territorySiren, kind, title, body,
                points, user.accountId(), user.displayName(), request.closesAt(), labels, dates,
                request.formToken()), now);
        events.publishEvent(new ConsultationOpened(id, territorySiren, kind, title, request.closesAt(), user.accountId(),
                Actor.of(user), now));
        return consultations.find(id).orElseThrow();
    }

    /**
     * An answer as given in a form.
     *
     * @param values by option id: 1 for the option chosen or a date available, the rank (1 =
     *               preferred) or the points
     */
    public record Answer(Stance stance, String comment, Map<Long, Integer> values) {
    }

    /**
     * Records the answer of a collectivité, by its director; a second answer replaces the first
     * until the consultation closes.
     *
     * @return whether it replaced an earlier answer
     * @throws DeliberationException NOT_FOUND for an unknown consultation; FORBIDDEN when the user
     *                               does not direct that collectivité in the territory; CONFLICT once
     *                               closed; INVALID for an answer that does not fit the kind
     */
    @Transactional
    public boolean answer(long consultationId, String collectivitySiren, Answer answer, NouageUser user) {
        Consultation c = require(consultationId);
        if (!user.directsIn(c.territorySiren(), collectivitySiren)) {
            throw new DeliberationException(Reason.FORBIDDEN, "consultation.error.notRepresented");
        }
        Instant now = clock.instant();
        if (!c.open(now)) {
            throw new DeliberationException(Reason.CONFLICT, "consultation.error.closed");
        }
        String comment = strip(answer.comment());
        if (comment != null && comment.length() > COMMENT_MAX) {
            throw new DeliberationException(Reason.INVALID, "consultation.error.commentTooLong");
        }
        Map<Long, Integer> values = AnswerCheck.values(c, answer.stance(), comment, answer.values());
        return consultations.saveAnswer(c.id(), collectivitySiren, c.kind() == ConsultationKind.CONSENT
                ? answer.stance() : null, comment, values, user.accountId(), user.displayName(), now);
    }

    /**
     * Closes a consultation before its date: the one who opened it or the facilitator.
     *
     * @throws DeliberationException FORBIDDEN for anyone else; CONFLICT when already closed
     */
    @Transactional
    public void closeNow(long consultationId, NouageUser user) {
        Consultation c = require(consultationId);
        boolean opener = c.openedByAccount() != null && c.openedByAccount() == user.accountId();
        if (!opener && !MeetingAccess.mayFacilitate(user, c.territorySiren())) {
            throw new DeliberationException(Reason.FORBIDDEN, "consultation.error.closeForbidden");
        }
        Instant now = clock.instant();
        if (!consultations.claimClose(c.id(), now)) {
            throw new DeliberationException(Reason.CONFLICT, "consultation.error.closed");
        }
        events.publishEvent(new ConsultationClosed(c.id(), c.territorySiren(), c.title(), now, Actor.of(user)));
    }

    /**
     * Closes every consultation whose date has come and announces each ({@link ConsultationClosed})
     * exactly once, whatever the number of instances running this at the same time.
     *
     * @return the consultations closed by this call
     */
    @Transactional
    public List<Long> closeDue() {
        Instant now = clock.instant();
        List<Long> closed = new ArrayList<>();
        for (Long id : consultations.due(now)) {
            if (consultations.claimClose(id, now)) {
                closed.add(id);
                consultations.find(id).ifPresent(c -> events.publishEvent(
                        new ConsultationClosed(id, c.territorySiren(), c.title(), now, Actor.SYSTEM)));
            }
        }
        return closed;
    }

    /** The consultation with its options. */
    public Optional<Consultation> find(long id) {
        return consultations.find(id);
    }

    /** The consultations of a territory, those closing last first (options not loaded). */
    public List<Consultation> ofTerritory(String territorySiren) {
        return consultations.ofTerritory(territorySiren);
    }

    /** For each consultation of a territory, the SIRENs of the collectivités that answered. */
    public Map<Long, List<String>> respondents(String territorySiren) {
        return new LinkedHashMap<>(consultations.respondents(territorySiren));
    }

    /** Every answer to a consultation, in one query. */
    public List<ConsultationAnswer> answers(long consultationId) {
        return consultations.answers(consultationId);
    }

    /** Whether the user may read the answers and the result before closing: the facilitator. */
    public static boolean seesResultsEarly(NouageUser user, String territorySiren) {
        return MeetingAccess.mayFacilitate(user, territorySiren);
    }

    public Instant now() {
        return clock.instant();
    }

    private Consultation require(long id) {
        return consultations.find(id)
                .orElseThrow(() -> new DeliberationException(Reason.NOT_FOUND, "consultation.error.unknown"));
    }

    static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
