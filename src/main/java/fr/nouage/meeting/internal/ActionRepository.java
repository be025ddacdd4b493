package fr.nouage.meeting.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import fr.nouage.meeting.ActionItem;
import fr.nouage.meeting.ActionStatus;

/** Action items decided in meetings. */
@Repository
public class ActionRepository {

    private static final String SELECT = """
            select x.id, x.territory_siren, x.meeting_id, m.starts_at meeting_starts_at, x.agenda_item_id,
                   a.title agenda_item_title, x.title, x.owner_siren, x.due_on, x.status, x.done_at, x.version
            from action_item x join meeting m on m.id = x.meeting_id
            left join agenda_item a on a.id = x.agenda_item_id
            """;

    private final JdbcClient jdbc;

    ActionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Values of an action to record. */
    public record NewAction(String territorySiren, long meetingId, Long agendaItemId, String title, String ownerSiren,
            LocalDate dueOn, String createdBy) {
    }

    public long insert(NewAction a, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into action_item (territory_siren, meeting_id, agenda_item_id, title, owner_siren, due_on,
                    status, created_at, created_by) values (?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)""")
                .params(a.territorySiren(), a.meetingId(), a.agendaItemId(), a.title(), a.ownerSiren(),
                        a.dueOn() == null ? null : Date.valueOf(a.dueOn()), Timestamp.from(now), a.createdBy())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<ActionItem> find(long id) {
        return jdbc.sql(SELECT + "where x.id = ?").param(id).query(ActionRepository::action).optional();
    }

    /** The same action already recorded on that agenda item (a form sent twice), if any. */
    public Optional<ActionItem> same(NewAction a) {
        return jdbc.sql(SELECT + """
                where x.meeting_id = ? and coalesce(x.agenda_item_id, 0) = ? and x.title = ? and x.owner_siren = ?
                and coalesce(x.due_on, date '1970-01-01') = ?""")
                .params(a.meetingId(), a.agendaItemId() == null ? 0L : a.agendaItemId(), a.title(), a.ownerSiren(),
                        Date.valueOf(a.dueOn() == null ? LocalDate.of(1970, 1, 1) : a.dueOn()))
                .query(ActionRepository::action).optional();
    }

    public List<ActionItem> ofMeeting(long meetingId) {
        return jdbc.sql(SELECT + "where x.meeting_id = ? order by a.position, x.id").param(meetingId)
                .query(ActionRepository::action).list();
    }

    /** Actions of a territory not done yet, the oldest due first (undated last). */
    public List<ActionItem> openIn(String territorySiren) {
        return jdbc.sql(SELECT + "where x.territory_siren = ? and x.status <> 'DONE' order by x.due_on, x.id")
                .param(territorySiren).query(ActionRepository::action).list();
    }

    /** Changes the status; false when someone else changed the action since {@code version}. */
    public boolean updateStatus(long id, int version, ActionStatus status, String by, Instant now) {
        return jdbc.sql("""
                update action_item set status = ?, done_at = ?, status_updated_by = ?, version = version + 1
                where id = ? and version = ?""")
                .params(status.name(), status == ActionStatus.DONE ? Timestamp.from(now) : null, by, id, version)
                .update() == 1;
    }

    static ActionItem action(ResultSet rs, int row) throws SQLException {
        long item = rs.getLong("agenda_item_id");
        Long itemId = rs.wasNull() ? null : item;
        Date due = rs.getDate("due_on");
        Timestamp done = rs.getTimestamp("done_at");
        return new ActionItem(rs.getLong("id"), rs.getString("territory_siren"), rs.getLong("meeting_id"),
                rs.getTimestamp("meeting_starts_at").toInstant(), itemId, rs.getString("agenda_item_title"),
                rs.getString("title"), rs.getString("owner_siren"), due == null ? null : due.toLocalDate(),
                ActionStatus.valueOf(rs.getString("status")), done == null ? null : done.toInstant(),
                rs.getInt("version"));
    }
}
