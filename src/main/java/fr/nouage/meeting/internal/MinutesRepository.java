package fr.nouage.meeting.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.nouage.meeting.ItemOutcome;
import fr.nouage.meeting.MinutesSheet;

/** What is written while a meeting is held: minutes and outcome of each item, chair and status. */
@Repository
public class MinutesRepository {

    private final JdbcClient jdbc;

    MinutesRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The minutes and outcome of an item to write over {@code version}. */
    public record ItemWrite(long itemId, int version, String minutes, ItemOutcome outcome, String outcomeText,
            String updatedBy, Instant updatedAt, Instant opinionForwardedAt) {
    }

    /**
     * Writes the minutes of an item; false when someone else saved it since {@code version} or the
     * minutes of its meeting were published meanwhile.
     */
    public boolean write(ItemWrite w) {
        return jdbc.sql("""
                update agenda_item set minutes = ?, outcome = ?, outcome_text = ?, minutes_updated_by = ?,
                    minutes_updated_at = ?, opinion_forwarded_at = ?, version = version + 1
                where id = ? and version = ?
                  and not exists (select 1 from meeting m where m.id = agenda_item.meeting_id
                                  and m.minutes_published_at is not null)""")
                .params(w.minutes(), w.outcome() == null ? null : w.outcome().name(), w.outcomeText(), w.updatedBy(),
                        Timestamp.from(w.updatedAt()), w.opinionForwardedAt() == null ? null
                                : Timestamp.from(w.opinionForwardedAt()), w.itemId(), w.version())
                .update() == 1;
    }

    /**
     * Marks the opinion of an item forwarded, unless it already was. The version stays: nothing a
     * writer typed changed, so nobody editing the item gets a conflict for it.
     */
    public boolean forwardOpinion(long itemId, Instant at) {
        return jdbc.sql("""
                update agenda_item set opinion_forwarded_at = ?
                where id = ? and opinion_forwarded_at is null and outcome = 'OPINION' and session_item_id is not null""")
                .params(Timestamp.from(at), itemId).update() == 1;
    }

    /** Records who chaired and that the meeting took place; false once its minutes are published. */
    public boolean markHeld(long meetingId, String chairedBy) {
        return jdbc.sql("""
                update meeting set status = 'HELD', chaired_by = ?, version = version + 1
                where id = ? and minutes_published_at is null""")
                .params(chairedBy, meetingId).update() == 1;
    }

    /**
     * Publishes the minutes of a held meeting, once: false when the meeting is not held or its
     * minutes were published already.
     */
    public boolean publish(long meetingId, String by, Instant at) {
        return jdbc.sql("""
                update meeting set minutes_published_at = ?, minutes_published_by = ?, version = version + 1
                where id = ? and status = 'HELD' and minutes_published_at is null""")
                .params(Timestamp.from(at), by, meetingId).update() == 1;
    }

    /** The publication of a meeting's minutes, empty while they are not published. */
    public java.util.Optional<MinutesSheet.Publication> publication(long meetingId) {
        return jdbc.sql("select minutes_published_at, minutes_published_by from meeting where id = ? and minutes_published_at is not null")
                .param(meetingId)
                .query((rs, n) -> new MinutesSheet.Publication(rs.getTimestamp(1).toInstant(), rs.getString(2))).optional();
    }

    /** Titles of the élus' session items the meeting's items prepare, by session item id. */
    public Map<Long, String> sessionItemTitles(long meetingId) {
        Map<Long, String> titles = new HashMap<>();
        jdbc.sql("""
                select s.id, s.title from session_item s join agenda_item a on a.session_item_id = s.id
                where a.meeting_id = ?""").param(meetingId)
                .query(rs -> {
                    titles.put(rs.getLong(1), rs.getString(2));
                });
        return titles;
    }

    /** The élus' session a session item belongs to. */
    public long sessionOf(long sessionItemId) {
        return jdbc.sql("select session_id from session_item where id = ?").param(sessionItemId).query(Long.class)
                .single();
    }

    /** Start of each of the given meetings. */
    public Map<Long, Instant> startsOf(List<Long> meetingIds) {
        Map<Long, Instant> starts = new HashMap<>();
        if (meetingIds.isEmpty()) {
            return starts;
        }
        jdbc.sql("select id, starts_at from meeting where id in (:ids)").param("ids", meetingIds)
                .query(rs -> {
                    starts.put(rs.getLong(1), rs.getTimestamp(2).toInstant());
                });
        return starts;
    }
}
