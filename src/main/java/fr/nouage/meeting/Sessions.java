package fr.nouage.meeting;

import static fr.nouage.platform.DateFormats.PARIS;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.nouage.platform.DateRange;
import fr.nouage.platform.RefusedOperation.Reason;
import fr.nouage.meeting.internal.BodyCatalog;
import fr.nouage.meeting.internal.ElectedSessionRepository;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;

/** Sittings of the élus' bodies, with their legal convocation deadline. */
@Service
public class Sessions {


    private final ElectedSessionRepository sessions;
    private final BodyCatalog bodies;
    private final Territories territories;
    private final Clock clock;

    Sessions(ElectedSessionRepository sessions, BodyCatalog bodies, Territories territories, Clock clock) {
        this.sessions = sessions;
        this.bodies = bodies;
        this.territories = territories;
        this.clock = clock;
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
        Target target = target(territorySiren, request.body(), request.inseeCode());
        return plan(territorySiren, target, request, null);
    }

    /** One event read from an élus' calendar file. */
    public record ImportedEvent(String uid, LocalDateTime startsAt, String place, String summary) {
    }

    /** An event of an imported calendar that did not become a sitting, and why (message key). */
    public record SkippedEvent(ImportedEvent event, String reasonKey) {
    }

    /**
     * What an import did.
     *
     * @param alreadyImported events found again in a calendar imported before (same UID): nothing done
     */
    public record ImportReport(List<ElectedSession> created, List<SkippedEvent> skipped, int alreadyImported) {
    }

    /**
     * Turns the events of an élus' calendar into sittings of one body. Idempotent: an event whose UID
     * was imported before in the territory creates nothing. Events without a start time, in the past or
     * clashing with another sitting of the body the same day are skipped and reported.
     *
     * @throws MeetingException INVALID for a body that is not the élus' or a missing or foreign commune
     */
    @Transactional
    public ImportReport importSessions(String territorySiren, BodyKind bodyKind, String inseeCode,
            List<ImportedEvent> events) {
        Target target = target(territorySiren, bodyKind, inseeCode);
        List<ElectedSession> created = new ArrayList<>();
        List<SkippedEvent> skipped = new ArrayList<>();
        int already = 0;
        for (ImportedEvent event : events) {
            if (event.uid() != null && sessions.existsFromSource(territorySiren, event.uid())) {
                already++;
                continue;
            }
            if (event.startsAt() == null) {
                skipped.add(new SkippedEvent(event, "session.error.noTime"));
                continue;
            }
            try {
                created.add(plan(territorySiren, target, new NewSession(bodyKind, inseeCode, event.startsAt(), false,
                        false, event.place()), event.uid()));
            } catch (MeetingException refused) {
                skipped.add(new SkippedEvent(event, refused.messageKey()));
            }
        }
        return new ImportReport(created, skipped, already);
    }

    /** The body a request names and, for a conseil municipal, its commune's population. */
    private record Target(Body body, int population) {
    }

    private Target target(String territorySiren, BodyKind kind, String inseeCode) {
        if (kind == null || !kind.elected()) {
            throw new MeetingException(Reason.INVALID, "session.error.body");
        }
        if (kind == BodyKind.CONSEIL_MUNICIPAL) {
            Collectivity commune = territories.collectivities(territorySiren).stream()
                    .filter(c -> c.active() && inseeCode != null && inseeCode.equals(c.inseeCode()))
                    .findFirst().orElseThrow(() -> new MeetingException(Reason.INVALID, "session.error.commune"));
            return new Target(bodies.standard(territorySiren, BodyKind.CONSEIL_MUNICIPAL, commune.siren()),
                    commune.population());
        }
        return new Target(bodies.standard(territorySiren, kind, null), 0);
    }

    private ElectedSession plan(String territorySiren, Target target, NewSession request, String sourceUid) {
        if (request.startsAt() == null) {
            throw new MeetingException(Reason.INVALID, "session.error.date");
        }
        DateRange.require(request.startsAt(), MeetingException::invalid);
        Instant startsAt = request.startsAt().atZone(PARIS).toInstant();
        if (startsAt.isBefore(clock.instant())) {
            throw new MeetingException(Reason.INVALID, "session.error.past");
        }
        LocalDate day = request.startsAt().toLocalDate();
        if (sessions.bodySitsBetween(target.body().id(), day.atStartOfDay(PARIS).toInstant(),
                day.plusDays(1).atStartOfDay(PARIS).toInstant())) {
            throw new MeetingException(Reason.CONFLICT, "session.error.clash");
        }
        int joursFrancs = LegalDelays.joursFrancs(request.body(), target.population(), request.urgent());
        LocalDate deadline = LegalDelays.convocationDeadline(day, joursFrancs);
        long id = sessions.insert(target.body().id(), territorySiren, startsAt, blankToNull(request.place()),
                request.urgent(), request.requestedByMayors() && request.body() == BodyKind.CONFERENCE_DES_MAIRES,
                deadline, sourceUid, clock.instant());
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

    /** The sittings of the territory between the two days that have at least one agenda item. */
    public List<ElectedSession> withItemsBetween(String territorySiren, LocalDate from, LocalDate toExclusive) {
        return sessions.withItemsBetween(territorySiren, from.atStartOfDay(PARIS).toInstant(),
                toExclusive.atStartOfDay(PARIS).toInstant());
    }

    /** Records the day the convocation of a sitting was sent. */
    @Transactional
    public void convocationSent(long sessionId, LocalDate day) {
        sessions.find(sessionId).orElseThrow(() -> new MeetingException(Reason.NOT_FOUND, "session.error.unknown"));
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

    /** The items of several sittings, by sitting then position, in one query. */
    public List<SessionItem> itemsOf(Collection<Long> sessionIds) {
        return sessions.itemsOf(sessionIds);
    }

    /** The session items with the given ids, in one query. */
    public List<SessionItem> itemsByIds(Collection<Long> itemIds) {
        return sessions.itemsByIds(itemIds);
    }

    /** The sittings with the given ids, in one query. */
    public List<ElectedSession> findAll(Collection<Long> ids) {
        return sessions.findAll(ids);
    }

    /** Today in Europe/Paris. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(PARIS));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
