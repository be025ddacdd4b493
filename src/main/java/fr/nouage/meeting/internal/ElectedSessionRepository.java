package fr.nouage.meeting.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import fr.nouage.meeting.Body;
import fr.nouage.meeting.BodyKind;
import fr.nouage.meeting.ElectedSession;
import fr.nouage.meeting.SessionItem;

/** Sittings of the élus' bodies and their agenda items. */
@Repository
public class ElectedSessionRepository {

    private static final String SELECT = """
            select s.id, s.starts_at, s.place, s.urgent, s.requested_by_mayors, s.convocation_deadline,
                   s.convocation_sent_on, b.id body_id, b.territory_siren, b.kind, b.name, b.collectivity_siren
            from elected_session s join body b on b.id = s.body_id
            """;

    private final JdbcClient jdbc;

    ElectedSessionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new sitting; {@code sourceUid} identifies it in an imported calendar (or {@code null}). */
    public long insert(long bodyId, String territorySiren, Instant startsAt, String place, boolean urgent,
            boolean requestedByMayors, LocalDate deadline, String sourceUid, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into elected_session (body_id, territory_siren, starts_at, place, urgent, requested_by_mayors,
                    convocation_deadline, source_uid, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(bodyId, territorySiren, Timestamp.from(startsAt), place, urgent, requestedByMayors,
                        Date.valueOf(deadline), sourceUid, Timestamp.from(now)).update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<ElectedSession> find(long id) {
        return jdbc.sql(SELECT + "where s.id = ?").param(id).query(ElectedSessionRepository::session).optional();
    }

    public boolean existsFromSource(String territorySiren, String sourceUid) {
        return jdbc.sql("select count(*) from elected_session where territory_siren = ? and source_uid = ?")
                .params(territorySiren, sourceUid).query(Integer.class).single() > 0;
    }

    /** Sittings of a territory between two instants, by date. */
    public List<ElectedSession> between(String territorySiren, Instant from, Instant to) {
        return jdbc.sql(SELECT + "where s.territory_siren = ? and s.starts_at >= ? and s.starts_at < ? order by s.starts_at")
                .params(territorySiren, Timestamp.from(from), Timestamp.from(to)).query(ElectedSessionRepository::session)
                .list();
    }

    /** The sittings between the two instants that have an agenda of at least one item. */
    public List<ElectedSession> withItemsBetween(String territorySiren, Instant from, Instant to) {
        return jdbc.sql(SELECT + "where s.territory_siren = ? and s.starts_at >= ? and s.starts_at < ? "
                + "and exists (select 1 from session_item i where i.session_id = s.id) order by s.starts_at")
                .params(territorySiren, Timestamp.from(from), Timestamp.from(to)).query(ElectedSessionRepository::session)
                .list();
    }

    /** Whether the body already sits between the two instants (a clash). */
    public boolean bodySitsBetween(long bodyId, Instant from, Instant to) {
        return jdbc.sql("select count(*) from elected_session where body_id = ? and starts_at >= ? and starts_at < ?")
                .params(bodyId, Timestamp.from(from), Timestamp.from(to)).query(Integer.class).single() > 0;
    }

    public void markConvocationSent(long id, LocalDate day) {
        jdbc.sql("update elected_session set convocation_sent_on = ?, version = version + 1 where id = ?")
                .params(Date.valueOf(day), id).update();
    }

    /** Adds the item at the end of the sitting's agenda; the sitting's row is locked until commit. */
    public long addItem(long sessionId, String title) {
        jdbc.sql("select id from elected_session where id = ? for update").param(sessionId).query(Long.class).optional();
        int position = jdbc.sql("select coalesce(max(position), 0) + 1 from session_item where session_id = ?")
                .param(sessionId).query(Integer.class).single();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into session_item (session_id, position, title) values (?, ?, ?)")
                .params(sessionId, position, title).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** The items of a sitting's agenda: id, position, title. */
    public List<SessionItem> items(long sessionId) {
        return jdbc.sql("select id, session_id, position, title from session_item where session_id = ? order by position")
                .param(sessionId).query((rs, n) -> new SessionItem(rs.getLong(1), rs.getLong(2), rs.getInt(3),
                        rs.getString(4))).list();
    }

    /** The items of several sittings, by sitting then position. */
    public List<SessionItem> itemsOf(Collection<Long> sessionIds) {
        if (sessionIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, session_id, position, title from session_item where session_id in (:ids) order by session_id, position")
                .param("ids", sessionIds).query((rs, n) -> new SessionItem(rs.getLong(1), rs.getLong(2), rs.getInt(3),
                        rs.getString(4))).list();
    }

    /** The session items with the given ids. */
    public List<SessionItem> itemsByIds(Collection<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, session_id, position, title from session_item where id in (:ids) order by session_id, position")
                .param("ids", itemIds).query((rs, n) -> new SessionItem(rs.getLong(1), rs.getLong(2), rs.getInt(3),
                        rs.getString(4))).list();
    }

    /** The sittings with the given ids, by date. */
    public List<ElectedSession> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + "where s.id in (:ids) order by s.starts_at").param("ids", ids)
                .query(ElectedSessionRepository::session).list();
    }

    public Optional<SessionItem> item(long itemId) {
        return jdbc.sql("select id, session_id, position, title from session_item where id = ?").param(itemId)
                .query((rs, n) -> new SessionItem(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4)))
                .optional();
    }

    static ElectedSession session(ResultSet rs, int row) throws SQLException {
        Date sent = rs.getDate("convocation_sent_on");
        return new ElectedSession(rs.getLong("id"),
                new Body(rs.getLong("body_id"), rs.getString("territory_siren"), BodyKind.valueOf(rs.getString("kind")),
                        rs.getString("name"), rs.getString("collectivity_siren")),
                rs.getTimestamp("starts_at").toInstant(), rs.getString("place"), rs.getBoolean("urgent"),
                rs.getBoolean("requested_by_mayors"), rs.getDate("convocation_deadline").toLocalDate(),
                sent == null ? null : sent.toLocalDate());
    }
}
