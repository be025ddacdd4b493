package fr.nouage.meeting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import fr.nouage.meeting.AttendanceStatus;
import fr.nouage.meeting.BodyKind;
import fr.nouage.meeting.Meeting;

/** Meetings of the collective and their attendance. */
@Repository
public class MeetingRepository {

    private static final String SELECT = """
            select id, territory_siren, body_id, starts_at, ends_at, place, host_siren, facilitator_siren,
                   agenda_lead_hours, agenda_freezes_at, frozen_at, upstream_session_id, charter_version, status,
                   chaired_by, version
            from meeting
            """;

    private final JdbcClient jdbc;

    MeetingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Values of a meeting to create. */
    public record NewMeeting(String territorySiren, long bodyId, Instant startsAt, Instant endsAt, String place,
            String hostSiren, String facilitatorSiren, int agendaLeadHours, Instant agendaFreezesAt,
            Long upstreamSessionId, Integer charterVersion) {
    }

    public long insert(NewMeeting m, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into meeting (territory_siren, body_id, starts_at, ends_at, place, host_siren, facilitator_siren,
                    agenda_lead_hours, agenda_freezes_at, upstream_session_id, charter_version, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(m.territorySiren(), m.bodyId(), Timestamp.from(m.startsAt()), Timestamp.from(m.endsAt()),
                        m.place(), m.hostSiren(), m.facilitatorSiren(), m.agendaLeadHours(),
                        Timestamp.from(m.agendaFreezesAt()), m.upstreamSessionId(), m.charterVersion(),
                        Timestamp.from(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<Meeting> find(long id) {
        return jdbc.sql(SELECT + "where id = ?").param(id).query(MeetingRepository::meeting).optional();
    }

    /** Meetings of a territory starting between two instants, by date. */
    public List<Meeting> between(String territorySiren, Instant from, Instant to) {
        return jdbc.sql(SELECT + "where territory_siren = ? and starts_at >= ? and starts_at < ? order by starts_at")
                .params(territorySiren, Timestamp.from(from), Timestamp.from(to)).query(MeetingRepository::meeting)
                .list();
    }

    /**
     * One page of the meetings of a territory starting between two instants, by date then id (an
     * order that does not change from one page to the next).
     */
    public List<Meeting> page(String territorySiren, Instant from, Instant to, int offset, int limit) {
        return jdbc.sql(SELECT + "where territory_siren = ? and starts_at >= ? and starts_at < ? "
                + "order by starts_at, id limit ? offset ?")
                .params(territorySiren, Timestamp.from(from), Timestamp.from(to), limit, offset)
                .query(MeetingRepository::meeting).list();
    }

    /** How many meetings of a territory start between two instants. */
    public long count(String territorySiren, Instant from, Instant to) {
        return jdbc.sql("select count(*) from meeting where territory_siren = ? and starts_at >= ? and starts_at < ?")
                .params(territorySiren, Timestamp.from(from), Timestamp.from(to)).query(Long.class).single();
    }

    /** Every meeting of one body, by date. */
    public List<Meeting> ofBody(long bodyId) {
        return jdbc.sql(SELECT + "where body_id = ? order by starts_at").param(bodyId).query(MeetingRepository::meeting)
                .list();
    }

    /** Meetings of one body starting between two instants, by date. */
    public List<Meeting> ofBody(long bodyId, Instant from, Instant to) {
        return jdbc.sql(SELECT + "where body_id = ? and starts_at >= ? and starts_at < ? order by starts_at")
                .params(bodyId, Timestamp.from(from), Timestamp.from(to)).query(MeetingRepository::meeting).list();
    }

    /**
     * Meetings of a territory's collective starting between {@code meetingsFrom} and {@code to}, together with those
     * linked to a sitting of the territory held between {@code sessionsFrom} and {@code to}; by date.
     */
    public List<Meeting> aroundSessions(String territorySiren, Instant meetingsFrom, Instant sessionsFrom, Instant to) {
        return jdbc.sql(SELECT + """
                where territory_siren = ? and body_id in (select b.id from body b where b.kind = 'COLLECTIVE')
                  and ((starts_at >= ? and starts_at < ?)
                  or upstream_session_id in (select id from elected_session
                      where territory_siren = ? and starts_at >= ? and starts_at < ?))
                order by starts_at""")
                .params(territorySiren, Timestamp.from(meetingsFrom), Timestamp.from(to), territorySiren,
                        Timestamp.from(sessionsFrom), Timestamp.from(to))
                .query(MeetingRepository::meeting).list();
    }

    /** Whether another meeting of the body overlaps the given span. */
    public boolean overlaps(long bodyId, Instant from, Instant to) {
        return jdbc.sql("""
                select count(*) from meeting where body_id = ? and status <> 'CANCELLED'
                and starts_at < ? and ends_at > ?""")
                .params(bodyId, Timestamp.from(to), Timestamp.from(from)).query(Integer.class).single() > 0;
    }

    /**
     * The first planned meeting of a territory's collective whose agenda is still open, found through
     * the collective's key in the same query.
     */
    public Optional<Meeting> nextOpenOfCollective(String territorySiren, Instant now) {
        return jdbc.sql(SELECT + """
                where body_id = (select id from body where standard_key = ?)
                  and status = 'PLANNED' and frozen_at is null and agenda_freezes_at > ?
                order by starts_at limit 1""")
                .params(BodyRepository.standardKey(territorySiren, BodyKind.COLLECTIVE, null), Timestamp.from(now))
                .query(MeetingRepository::meeting).optional();
    }

    /** Ids of meetings whose freeze is due and has not run yet. */
    public List<Long> dueForFreeze(Instant now) {
        return jdbc.sql("select id from meeting where frozen_at is null and agenda_freezes_at <= ? and status = 'PLANNED'")
                .param(Timestamp.from(now)).query(Long.class).list();
    }

    /** Marks the freeze done; true only for the one caller (of any instance) that did it. */
    public boolean claimFreeze(long id, Instant now) {
        return jdbc.sql("update meeting set frozen_at = ?, version = version + 1 where id = ? and frozen_at is null")
                .params(Timestamp.from(now), id).update() == 1;
    }


    public void updateStatus(long id, String status) {
        jdbc.sql("update meeting set status = ?, version = version + 1 where id = ?").params(status, id).update();
    }

    public Map<String, AttendanceStatus> attendance(long meetingId) {
        Map<String, AttendanceStatus> result = new LinkedHashMap<>();
        jdbc.sql("select collectivity_siren, status from attendance where meeting_id = ? order by collectivity_siren")
                .param(meetingId).query(rs -> {
                    result.put(rs.getString(1), AttendanceStatus.valueOf(rs.getString(2)));
                });
        return result;
    }

    public void recordAttendance(long meetingId, String collectivitySiren, AttendanceStatus status, String by) {
        int updated = jdbc.sql("update attendance set status = ?, recorded_by = ? where meeting_id = ? and collectivity_siren = ?")
                .params(status.name(), by, meetingId, collectivitySiren).update();
        if (updated == 0) {
            jdbc.sql("insert into attendance (meeting_id, collectivity_siren, status, recorded_by) values (?, ?, ?, ?)")
                    .params(meetingId, collectivitySiren, status.name(), by).update();
        }
    }

    /** How many meetings of the body each collectivité hosted and facilitated since {@code from}. */
    public List<TurnRow> turns(long bodyId, Instant from) {
        return jdbc.sql("select host_siren, facilitator_siren, starts_at from meeting where body_id = ? and starts_at >= ? and status <> 'CANCELLED' order by starts_at")
                .params(bodyId, Timestamp.from(from))
                .query((rs, n) -> new TurnRow(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant())).list();
    }

    /** Who hosted and facilitated one meeting. */
    public record TurnRow(String hostSiren, String facilitatorSiren, Instant startsAt) {
    }

    static Meeting meeting(ResultSet rs, int row) throws SQLException {
        Timestamp frozen = rs.getTimestamp("frozen_at");
        long upstream = rs.getLong("upstream_session_id");
        Long upstreamId = rs.wasNull() ? null : upstream;
        int charter = rs.getInt("charter_version");
        Integer charterVersion = rs.wasNull() ? null : charter;
        return new Meeting(rs.getLong("id"), rs.getString("territory_siren"), rs.getLong("body_id"),
                rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(), rs.getString("place"),
                rs.getString("host_siren"), rs.getString("facilitator_siren"), rs.getInt("agenda_lead_hours"),
                rs.getTimestamp("agenda_freezes_at").toInstant(), frozen == null ? null : frozen.toInstant(),
                upstreamId, charterVersion, rs.getString("status"), rs.getString("chaired_by"), rs.getInt("version"));
    }
}
