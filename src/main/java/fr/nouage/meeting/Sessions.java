package fr.nouage.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.nouage.meeting.MeetingException.Reason;
import fr.nouage.meeting.internal.BodyCatalog;
import fr.nouage.meeting.internal.SessionRepository;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;

/** Sittings of the élus' bodies, with their legal convocation deadline. */
@Service
public class Sessions {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final SessionRepository sessions;
    private final BodyCatalog bodies;
    private final Territories territories;
    private final Clock clock;

    Sessions(SessionRepository sessions, BodyCatalog bodies, Territories territories, Optional<Clock> clock) {
        this.sessions = sessions;
        this.bodies = bodies;
        this.territories = territories;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** What is needed to plan a sitting. {@code inseeCode} names the commune of a conseil municipal. */
    public record NewSession(BodyKind body, String inseeCode, LocalDateTime startsAt, boolean urgent,
            boolean requestedByMayors, String place) {
    }

    /**
     * Plans a sitting of an élus' body and computes its convocation deadline.
     *
     * @throws MeetingException INVALID for a body that is not the élus', a missing or foreign commune,
     *                          a date in the past; CONFLICT when the body already sits that day
     */
    @Transactional
    public ElectedSession plan(String territorySiren, NewSession request) {
        if (request.body() == null || !request.body().elected()) {
            throw new MeetingException(Reason.INVALID, "session.error.body");
        }
        if (request.startsAt() == null) {
            throw new MeetingException(Reason.INVALID, "session.error.date");
        }
        Instant startsAt = request.startsAt().atZone(PARIS).toInstant();
        if (startsAt.isBefore(clock.instant())) {
            throw new MeetingException(Reason.INVALID, "session.error.past");
        }
        Body body;
        int population = 0;
        if (request.body() == BodyKind.CONSEIL_MUNICIPAL) {
            Collectivity commune = territories.collectivities(territorySiren).stream()
                    .filter(c -> c.active() && request.inseeCode() != null && request.inseeCode().equals(c.inseeCode()))
                    .findFirst().orElseThrow(() -> new MeetingException(Reason.INVALID, "session.error.commune"));
            population = commune.population();
            body = bodies.standard(territorySiren, BodyKind.CONSEIL_MUNICIPAL, commune.siren());
        } else {
            body = bodies.standard(territorySiren, request.body(), null);
        }
        LocalDate day = request.startsAt().toLocalDate();
        if (sessions.bodySitsBetween(body.id(), day.atStartOfDay(PARIS).toInstant(),
                day.plusDays(1).atStartOfDay(PARIS).toInstant())) {
            throw new MeetingException(Reason.CONFLICT, "session.error.clash");
        }
        int joursFrancs = LegalDelays.joursFrancs(request.body(), population, request.urgent());
        LocalDate deadline = LegalDelays.convocationDeadline(day, joursFrancs);
        long id = sessions.insert(body.id(), territorySiren, startsAt, blankToNull(request.place()), request.urgent(),
                request.requestedByMayors() && request.body() == BodyKind.CONFERENCE_DES_MAIRES, deadline, null,
                clock.instant());
        return sessions.find(id).orElseThrow();
    }

    public Optional<ElectedSession> find(long id) {
        return sessions.find(id);
    }

    /** Sittings of a territory in a period, by date. */
    public List<ElectedSession> between(String territorySiren, LocalDate from, LocalDate toExclusive) {
        return sessions.between(territorySiren, from.atStartOfDay(PARIS).toInstant(),
                toExclusive.atStartOfDay(PARIS).toInstant());
    }

    /** Records the day the convocation of a sitting was sent. */
    @Transactional
    public void convocationSent(long sessionId, LocalDate day) {
        sessions.markConvocationSent(sessionId, day);
    }

    /** Adds an item to the agenda of a sitting; returns its id. */
    @Transactional
    public long addItem(long sessionId, String title) {
        if (title == null || title.isBlank() || title.length() > 300) {
            throw new MeetingException(Reason.INVALID, "item.error.title");
        }
        sessions.find(sessionId).orElseThrow(() -> new MeetingException(Reason.NOT_FOUND, "session.error.unknown"));
        return sessions.addItem(sessionId, title.strip());
    }

    public Optional<SessionItem> item(long itemId) {
        return sessions.item(itemId);
    }

    public List<SessionItem> items(long sessionId) {
        return sessions.items(sessionId);
    }

    /** Today in Europe/Paris. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(PARIS));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
