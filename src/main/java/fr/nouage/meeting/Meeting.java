package fr.nouage.meeting;

import java.time.Instant;

/**
 * A meeting of the collective of directors (or of another body it runs).
 *
 * @param agendaLeadHours   the lead time of the agenda freeze that governed this meeting when it was planned
 * @param agendaFreezesAt   when the agenda freezes and the convocation goes out
 * @param frozenAt          when the freeze actually ran, {@code null} before
 * @param upstreamSessionId the élus' session it prepares, if any
 * @param charterVersion    the charter version whose rules governed it, {@code null} for the defaults
 */
public record Meeting(long id, String territorySiren, long bodyId, Instant startsAt, Instant endsAt, String place,
        String hostSiren, String facilitatorSiren, int agendaLeadHours, Instant agendaFreezesAt, Instant frozenAt,
        Long upstreamSessionId, Integer charterVersion, String status, String chairedBy, int version) {

    /** Whether the agenda is frozen at {@code now}: no more ordinary proposals. */
    public boolean agendaFrozen(Instant now) {
        return frozenAt != null || !now.isBefore(agendaFreezesAt);
    }
}
