package fr.nouage.meeting;

import java.time.Instant;
import java.util.List;

/** The agenda of an élus' session with the collective's technical opinions on each of its items. */
public record SessionOpinions(ElectedSession session, List<Entry> items) {

    /** A session item and the opinions forwarded on it (none, usually one). */
    public record Entry(SessionItem item, List<TechnicalOpinion> opinions) {
    }

    /**
     * A technical opinion adopted by the collective of directors.
     *
     * @param agendaTitle title of the item in the collective's meeting
     * @param text        the opinion itself
     */
    public record TechnicalOpinion(long meetingId, long agendaItemId, Instant meetingStartsAt, String agendaTitle,
            String text, Instant forwardedAt) {
    }

    /** How many items of the session carry an opinion. */
    public long withOpinion() {
        return items.stream().filter(e -> !e.opinions().isEmpty()).count();
    }
}
