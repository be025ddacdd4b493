package fr.nouage.deliberation.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.nouage.deliberation.RemarkBox;
import fr.nouage.deliberation.RemarkCategory;

/**
 * Anonymous remarks and the separate record of who answered, as keyed hashes. The two tables share
 * only the meeting: no account, no timestamp, no sequence.
 */
@Repository
public class RemarkRepository {

    private final JdbcClient jdbc;

    RemarkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean participated(long meetingId, String participantHash) {
        return jdbc.sql("select count(*) from remark_participation where meeting_id = ? and participant_hash = ?")
                .params(meetingId, participantHash).query(Integer.class).single() > 0;
    }

    /** Records a participation; false when that hash already answered. */
    public boolean participate(long meetingId, String participantHash) {
        try {
            return jdbc.sql("insert into remark_participation (meeting_id, participant_hash) values (?, ?)")
                    .params(meetingId, participantHash).update() == 1;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    public void add(long meetingId, RemarkCategory category, String text) {
        jdbc.sql("insert into anonymous_remark (id, meeting_id, category, text) values (?, ?, ?, ?)")
                .params(UUID.randomUUID().toString(), meetingId, category.name(), text).update();
    }

    public int participants(long meetingId) {
        return jdbc.sql("select count(*) from remark_participation where meeting_id = ?").param(meetingId)
                .query(Integer.class).single();
    }

    /** The remarks of a meeting, ordered by their random id: an order that says nothing. */
    public List<RemarkBox.Remark> remarks(long meetingId) {
        return jdbc.sql("select category, text from anonymous_remark where meeting_id = ? order by id").param(meetingId)
                .query((rs, n) -> new RemarkBox.Remark(RemarkCategory.valueOf(rs.getString(1)), rs.getString(2)))
                .list();
    }

    /** The secret of that name, created with {@code candidate} if there is none yet. */
    public String secret(String name, String candidate) {
        Optional<String> existing = read(name);
        if (existing.isPresent()) {
            return existing.get();
        }
        // another instance may create it at the same moment: the first one stays, and everyone reads it
        jdbc.sql("""
                insert into deliberation_secret (name, secret_value) select ?, ? where not exists
                (select 1 from deliberation_secret where name = ?)""").params(name, candidate, name).update();
        return read(name).orElseThrow();
    }

    private Optional<String> read(String name) {
        return jdbc.sql("select secret_value from deliberation_secret where name = ?").param(name).query(String.class)
                .optional();
    }
}
