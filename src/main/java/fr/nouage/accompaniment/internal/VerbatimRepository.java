package fr.nouage.accompaniment.internal;

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

import fr.nouage.accompaniment.Verbatim;
import fr.nouage.accompaniment.VerbatimCategory;

/** The verbatims of seminars' walls and their votes. */
@Repository
public class VerbatimRepository {

    private static final String SELECT = """
            select id, seminar_id, category, text, author, votes, hidden, highlighted, merged_into, posted_at
            from seminar_verbatim
            """;

    private final JdbcClient jdbc;

    VerbatimRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long seminarId, VerbatimCategory category, String text, String author, Long accountId,
            Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into seminar_verbatim (seminar_id, category, text, author, account_id, posted_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(seminarId, category.name(), text, author, accountId, Timestamp.from(now)).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** How many verbatims that author posted on the seminar's wall since {@code since}. */
    public long postedSince(long seminarId, String author, Instant since) {
        return jdbc.sql("select count(*) from seminar_verbatim where seminar_id = ? and author = ? and posted_at >= ?")
                .params(seminarId, author, Timestamp.from(since)).query(Long.class).single();
    }

    public Optional<Verbatim> find(long seminarId, long id) {
        return jdbc.sql(SELECT + "where seminar_id = ? and id = ?").params(seminarId, id).query(this::row).optional();
    }

    /** Every verbatim of the seminar, hidden and merged ones included, the oldest first. */
    public List<Verbatim> ofSeminar(long seminarId) {
        return jdbc.sql(SELECT + "where seminar_id = ? order by posted_at, id").param(seminarId).query(this::row).list();
    }

    public void setHidden(long id, boolean hidden) {
        jdbc.sql("update seminar_verbatim set hidden = ? where id = ?").params(hidden, id).update();
    }

    public void setHighlighted(long id, boolean highlighted) {
        jdbc.sql("update seminar_verbatim set highlighted = ? where id = ?").params(highlighted, id).update();
    }

    /** Merges a duplicate into a verbatim: its votes go to the one kept. */
    public void merge(long duplicateId, long keptId, int votes) {
        jdbc.sql("update seminar_verbatim set merged_into = ? where id = ?").params(keptId, duplicateId).update();
        jdbc.sql("update seminar_verbatim set votes = votes + ? where id = ?").params(votes, keptId).update();
    }

    /** Records one vote; false when that voter already voted for it. */
    public boolean vote(long id, String voter) {
        try {
            jdbc.sql("insert into seminar_vote (verbatim_id, voter) values (?, ?)").params(id, voter).update();
        } catch (DuplicateKeyException e) {
            return false;
        }
        jdbc.sql("update seminar_verbatim set votes = votes + 1 where id = ?").param(id).update();
        return true;
    }

    private Verbatim row(ResultSet rs, int n) throws SQLException {
        long merged = rs.getLong("merged_into");
        Long mergedInto = rs.wasNull() ? null : merged;
        return new Verbatim(rs.getLong("id"), rs.getLong("seminar_id"), VerbatimCategory.valueOf(rs.getString("category")),
                rs.getString("text"), rs.getString("author"), rs.getInt("votes"), rs.getBoolean("hidden"),
                rs.getBoolean("highlighted"), mergedInto,
                rs.getTimestamp("posted_at").toInstant());
    }
}
