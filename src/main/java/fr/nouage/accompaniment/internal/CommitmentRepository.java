package fr.nouage.accompaniment.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.nouage.accompaniment.Commitment;

/** The delegations' commitments. */
@Repository
public class CommitmentRepository {

    private static final String SELECT = """
            select id, seminar_id, territory_siren, what, due_on, owner_siren, action_id, meeting_id
            from seminar_commitment
            """;

    private final JdbcClient jdbc;

    CommitmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Commitment c, String by, Instant now) {
        jdbc.sql("""
                insert into seminar_commitment (seminar_id, territory_siren, what, due_on, owner_siren, action_id,
                    meeting_id, written_by, written_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(c.seminarId(), c.territorySiren(), c.what(), Date.valueOf(c.dueOn()), c.ownerSiren(),
                        c.actionId(), c.meetingId(), by, Timestamp.from(now)).update();
    }

    public List<Commitment> ofSeminar(long seminarId) {
        return jdbc.sql(SELECT + "where seminar_id = ? order by territory_siren, id").param(seminarId).query(this::row)
                .list();
    }

    /** The commitments of these territories made at seminars other than {@code exceptSeminar}. */
    public List<Commitment> ofTerritories(Collection<String> sirens, long exceptSeminar) {
        if (sirens.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + "where territory_siren in (:sirens) and seminar_id <> :seminar order by due_on, id")
                .param("sirens", sirens).param("seminar", exceptSeminar).query(this::row).list();
    }

    private Commitment row(ResultSet rs, int n) throws SQLException {
        long action = rs.getLong("action_id");
        Long actionId = rs.wasNull() ? null : action;
        long meeting = rs.getLong("meeting_id");
        Long meetingId = rs.wasNull() ? null : meeting;
        return new Commitment(rs.getLong("id"), rs.getLong("seminar_id"), rs.getString("territory_siren"),
                rs.getString("what"), rs.getDate("due_on").toLocalDate(), rs.getString("owner_siren"), actionId,
                meetingId);
    }
}
