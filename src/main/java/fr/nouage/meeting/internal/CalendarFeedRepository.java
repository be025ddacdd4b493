package fr.nouage.meeting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.nouage.meeting.CalendarFeed;

/** Private calendar feeds of the territories, known by the SHA-256 of their token. */
@Repository
public class CalendarFeedRepository {

    private static final String SELECT =
            "select id, territory_siren, created_at, created_by, created_by_account, revoked_at from calendar_feed ";

    private final JdbcClient jdbc;

    CalendarFeedRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(String territorySiren, String tokenHash, String createdBy, long createdByAccount, Instant now) {
        jdbc.sql("""
                insert into calendar_feed (territory_siren, token_hash, created_at, created_by, created_by_account)
                values (?, ?, ?, ?, ?)""")
                .params(territorySiren, tokenHash, Timestamp.from(now), createdBy, createdByAccount).update();
    }

    /** Revokes every active feed an account created; the number revoked. */
    public int revokeCreatedBy(long accountId, Instant now) {
        return jdbc.sql("update calendar_feed set revoked_at = ? where created_by_account = ? and revoked_at is null")
                .params(Timestamp.from(now), accountId).update();
    }

    public Optional<CalendarFeed> byHash(String tokenHash) {
        return jdbc.sql(SELECT + "where token_hash = ?").param(tokenHash).query(CalendarFeedRepository::feed)
                .optional();
    }

    public List<CalendarFeed> ofTerritory(String territorySiren) {
        return jdbc.sql(SELECT + "where territory_siren = ? order by created_at desc, id desc").param(territorySiren)
                .query(CalendarFeedRepository::feed).list();
    }

    /** Revokes a feed of the territory; false when there is no such active feed. */
    public boolean revoke(String territorySiren, long id, Instant now) {
        return jdbc.sql("update calendar_feed set revoked_at = ? where id = ? and territory_siren = ? and revoked_at is null")
                .params(Timestamp.from(now), id, territorySiren).update() == 1;
    }

    static CalendarFeed feed(ResultSet rs, int row) throws SQLException {
        Timestamp revoked = rs.getTimestamp("revoked_at");
        long creator = rs.getLong("created_by_account");
        return new CalendarFeed(rs.getLong("id"), rs.getString("territory_siren"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                rs.wasNull() ? null : creator, revoked == null ? null : revoked.toInstant());
    }
}
