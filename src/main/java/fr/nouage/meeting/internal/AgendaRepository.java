package fr.nouage.meeting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import fr.nouage.meeting.AgendaItem;
import fr.nouage.meeting.ItemKind;
import fr.nouage.meeting.ItemOutcome;

/** Agenda items of the meetings. */
@Repository
public class AgendaRepository {

    private static final String SELECT = """
            select id, meeting_id, position, title, description, kind, sensitive, urgent, proposed_by_siren,
                   proposed_at, session_item_id, outcome, outcome_text, minutes, minutes_updated_by,
                   minutes_updated_at, opinion_forwarded_at, version
            from agenda_item
            """;

    private final JdbcClient jdbc;

    AgendaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Values of an item to add to an agenda. */
    public record NewItem(long meetingId, String title, String description, ItemKind kind, boolean sensitive,
            boolean urgent, Long proposedByAccount, String proposedBySiren, Long sessionItemId) {
    }

    /** Adds the item at the end of its agenda; the meeting's row is locked until commit, so that two at once queue. */
    public long insert(NewItem item, Instant now) {
        jdbc.sql("select id from meeting where id = ? for update").param(item.meetingId()).query(Long.class).optional();
        int position = jdbc.sql("select coalesce(max(position), 0) + 1 from agenda_item where meeting_id = ?")
                .param(item.meetingId()).query(Integer.class).single();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into agenda_item (meeting_id, position, title, description, kind, sensitive, urgent,
                    proposed_by_account, proposed_by_siren, proposed_at, session_item_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(item.meetingId(), position, item.title(), item.description(), item.kind().name(),
                        item.sensitive(), item.urgent(), item.proposedByAccount(), item.proposedBySiren(),
                        Timestamp.from(now), item.sessionItemId())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<AgendaItem> find(long id) {
        return jdbc.sql(SELECT + "where id = ?").param(id).query(AgendaRepository::item).optional();
    }

    public List<AgendaItem> ofMeeting(long meetingId) {
        return jdbc.sql(SELECT + "where meeting_id = ? order by position").param(meetingId)
                .query(AgendaRepository::item).list();
    }

    /** Items prepared for the given élus' session items (the opinions travelling to the élus). */
    public List<AgendaItem> forSessionItems(List<Long> sessionItemIds) {
        if (sessionItemIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + "where session_item_id in (:ids) order by id").param("ids", sessionItemIds)
                .query(AgendaRepository::item).list();
    }

    static AgendaItem item(ResultSet rs, int row) throws SQLException {
        long sessionItem = rs.getLong("session_item_id");
        Long sessionItemId = rs.wasNull() ? null : sessionItem;
        String outcome = rs.getString("outcome");
        return new AgendaItem(rs.getLong("id"), rs.getLong("meeting_id"), rs.getInt("position"), rs.getString("title"),
                rs.getString("description"), ItemKind.valueOf(rs.getString("kind")), rs.getBoolean("sensitive"),
                rs.getBoolean("urgent"), rs.getString("proposed_by_siren"), instant(rs, "proposed_at"), sessionItemId,
                outcome == null ? null : ItemOutcome.valueOf(outcome), rs.getString("outcome_text"),
                rs.getString("minutes"), rs.getString("minutes_updated_by"), instant(rs, "minutes_updated_at"),
                instant(rs, "opinion_forwarded_at"), rs.getInt("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
