package fr.nouage.meeting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import fr.nouage.meeting.Body;
import fr.nouage.meeting.BodyKind;

/** Bodies of the territories and their explicit members. */
@Repository
public class BodyRepository {

    private static final String SELECT = "select id, territory_siren, kind, name, collectivity_siren from body ";

    private final JdbcClient jdbc;

    BodyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Body> ofTerritory(String territorySiren) {
        return jdbc.sql(SELECT + "where territory_siren = ? order by id").param(territorySiren)
                .query(BodyRepository::body).list();
    }

    public Optional<Body> find(long id) {
        return jdbc.sql(SELECT + "where id = ?").param(id).query(BodyRepository::body).optional();
    }

    public Optional<Body> standard(String territorySiren, BodyKind kind, String collectivitySiren) {
        return jdbc.sql(SELECT + "where standard_key = ?").param(standardKey(territorySiren, kind, collectivitySiren))
                .query(BodyRepository::body).optional();
    }

    /** Creates a standard body unless another request created it first. */
    public void insertStandard(String territorySiren, BodyKind kind, String name, String collectivitySiren,
            Instant now) {
        try {
            jdbc.sql("""
                    insert into body (territory_siren, kind, name, collectivity_siren, standard_key, created_at)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(territorySiren, kind.name(), name, collectivitySiren,
                            standardKey(territorySiren, kind, collectivitySiren), Timestamp.from(now)).update();
        } catch (DuplicateKeyException alreadyThere) {
            // created concurrently: nothing to do
        }
    }

    public long insertCustom(String territorySiren, BodyKind kind, String name, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into body (territory_siren, kind, name, created_at) values (?, ?, ?, ?)")
                .params(territorySiren, kind.name(), name, Timestamp.from(now)).update(keys, "id");
        return keys.getKey().longValue();
    }

    public List<Long> members(long bodyId) {
        return jdbc.sql("select account_id from body_member where body_id = ? order by account_id").param(bodyId)
                .query(Long.class).list();
    }

    public void addMember(long bodyId, long accountId) {
        if (!members(bodyId).contains(accountId)) {
            jdbc.sql("insert into body_member (body_id, account_id) values (?, ?)").params(bodyId, accountId).update();
        }
    }

    public void removeMember(long bodyId, long accountId) {
        jdbc.sql("delete from body_member where body_id = ? and account_id = ?").params(bodyId, accountId).update();
    }

    static String standardKey(String territorySiren, BodyKind kind, String collectivitySiren) {
        return territorySiren + ":" + kind.name() + (collectivitySiren == null ? "" : ":" + collectivitySiren);
    }

    static Body body(ResultSet rs, int row) throws SQLException {
        return new Body(rs.getLong("id"), rs.getString("territory_siren"), BodyKind.valueOf(rs.getString("kind")),
                rs.getString("name"), rs.getString("collectivity_siren"));
    }
}
