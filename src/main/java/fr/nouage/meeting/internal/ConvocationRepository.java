package fr.nouage.meeting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.nouage.meeting.Convocation;

/** Convocations of members to meetings: one row per meeting and member, sent once. */
@Repository
public class ConvocationRepository {

    private static final String SELECT = """
            select c.id, c.meeting_id, c.account_id, c.email, c.sent_at, c.acknowledged_at from convocation c
            """;

    private final JdbcClient jdbc;

    ConvocationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the member's convocation unless it exists; true when this call added it. */
    public boolean insertIfAbsent(long meetingId, long accountId, String email, String placeholderHash) {
        return jdbc.sql("""
                insert into convocation (meeting_id, account_id, email, ack_token_hash) values (?, ?, ?, ?)
                on conflict do nothing""")
                .params(meetingId, accountId, email, placeholderHash).update() == 1;
    }

    /**
     * Marks a convocation sent with the hash of its acknowledgement token; true only for the one
     * caller (of any instance) that claimed it.
     */
    public boolean claimSending(long id, String tokenHash, Instant now) {
        return jdbc.sql("update convocation set sent_at = ?, ack_token_hash = ? where id = ? and sent_at is null")
                .params(Timestamp.from(now), tokenHash, id).update() == 1;
    }

    public List<Convocation> ofMeeting(long meetingId) {
        return jdbc.sql(SELECT + "where c.meeting_id = ? order by c.email").param(meetingId)
                .query(ConvocationRepository::convocation).list();
    }

    /** Convocations not sent yet, of meetings that have not started at {@code now}. */
    public List<Convocation> unsent(Instant now) {
        return jdbc.sql(SELECT + "join meeting m on m.id = c.meeting_id where c.sent_at is null and m.starts_at > ? order by c.meeting_id, c.id")
                .param(Timestamp.from(now)).query(ConvocationRepository::convocation).list();
    }

    public Optional<Convocation> byTokenHash(String tokenHash) {
        return jdbc.sql(SELECT + "where c.ack_token_hash = ? and c.sent_at is not null").param(tokenHash)
                .query(ConvocationRepository::convocation).optional();
    }

    /** A member's convocation to a meeting. */
    public Optional<Convocation> of(long meetingId, long accountId) {
        return jdbc.sql(SELECT + "where c.meeting_id = ? and c.account_id = ?").params(meetingId, accountId)
                .query(ConvocationRepository::convocation).optional();
    }

    /** Records a member's acknowledgement of a sent convocation once; later calls change nothing. */
    public void acknowledge(long meetingId, long accountId, Instant now) {
        jdbc.sql("update convocation set acknowledged_at = ? where meeting_id = ? and account_id = ? "
                + "and sent_at is not null and acknowledged_at is null")
                .params(Timestamp.from(now), meetingId, accountId).update();
    }

    /** Records the acknowledgement once; later calls change nothing. */
    public void acknowledge(String tokenHash, Instant now) {
        jdbc.sql("update convocation set acknowledged_at = ? where ack_token_hash = ? and sent_at is not null and acknowledged_at is null")
                .params(Timestamp.from(now), tokenHash).update();
    }

    static Convocation convocation(ResultSet rs, int row) throws SQLException {
        Timestamp sent = rs.getTimestamp("sent_at");
        Timestamp acknowledged = rs.getTimestamp("acknowledged_at");
        return new Convocation(rs.getLong("id"), rs.getLong("meeting_id"), rs.getLong("account_id"),
                rs.getString("email"), sent == null ? null : sent.toInstant(),
                acknowledged == null ? null : acknowledged.toInstant());
    }
}
