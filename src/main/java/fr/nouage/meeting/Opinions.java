package fr.nouage.meeting;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.nouage.account.NouageUser;
import fr.nouage.platform.RefusedOperation.Reason;
import fr.nouage.meeting.internal.AgendaRepository;
import fr.nouage.meeting.internal.MinutesRepository;
import fr.nouage.meeting.internal.ElectedSessionRepository;

/** The technical opinions of the collective as the élus read them, on their session's agenda. */
@Service
public class Opinions {

    private final ElectedSessionRepository sessions;
    private final AgendaRepository agenda;
    private final MinutesRepository minutes;

    Opinions(ElectedSessionRepository sessions, AgendaRepository agenda, MinutesRepository minutes) {
        this.sessions = sessions;
        this.agenda = agenda;
        this.minutes = minutes;
    }

    /**
     * The agenda of a session with, on each item, the technical opinions forwarded to it (those of
     * held meetings, not withdrawn since).
     *
     * @throws MeetingException NOT_FOUND for an unknown session or one of another territory than
     *                          {@code territorySiren}; FORBIDDEN for a user who may not follow the territory
     */
    @Transactional(readOnly = true)
    public SessionOpinions forSession(String territorySiren, long sessionId, NouageUser user) {
        ElectedSession session = sessions.find(sessionId)
                .filter(s -> s.body().territorySiren().equals(territorySiren))
                .orElseThrow(() -> new MeetingException(Reason.NOT_FOUND, "session.error.unknown"));
        if (!MinutesAccess.mayFollow(user, territorySiren)) {
            throw new MeetingException(Reason.FORBIDDEN, "opinions.error.forbidden");
        }
        List<SessionItem> items = sessions.items(sessionId);
        List<AgendaItem> forwarded = agenda.forSessionItems(items.stream().map(SessionItem::id).toList()).stream()
                .filter(a -> a.outcome() == ItemOutcome.OPINION && a.opinionForwardedAt() != null).toList();
        Map<Long, java.time.Instant> starts = minutes.startsOf(forwarded.stream().map(AgendaItem::meetingId)
                .distinct().toList());
        List<SessionOpinions.Entry> entries = items.stream().map(i -> new SessionOpinions.Entry(i, forwarded.stream()
                .filter(a -> a.sessionItemId() == i.id())
                .map(a -> new SessionOpinions.TechnicalOpinion(a.meetingId(), a.id(), starts.get(a.meetingId()),
                        a.title(), a.outcomeText(), a.opinionForwardedAt()))
                .toList())).toList();
        return new SessionOpinions(session, entries);
    }
}
