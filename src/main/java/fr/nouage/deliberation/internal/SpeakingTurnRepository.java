package fr.nouage.deliberation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.nouage.deliberation.SpeakingIntent;
import fr.nouage.deliberation.SpeakingTurn;

/** Requests to speak on agenda items. */
@Repository
public class SpeakingTurnRepository {

    private static final String SELECT = """
            select id, agenda_item_id, collectivity_siren, speaker_account, speaker_name, intent, requested_at,
                   spoken_at, queue_rank
            from speaking_turn
            """;

    private final JdbcClient jdbc;

    SpeakingTurnRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long itemId, String collectivitySiren, long account, String name, SpeakingIntent intent,
            Instant now) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into speaking_turn (agenda_item_id, collectivity_siren, speaker_account, speaker_name, intent,
                    requested_at) values (?, ?, ?, ?, ?, ?)""")
                .params(itemId, collectivitySiren, account, name, intent.name(), Timestamp.from(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<SpeakingTurn> find(long id) {
        return jdbc.sql(SELECT + "where id = ? and withdrawn_at is null").param(id)
                .query(SpeakingTurnRepository::turn).optional();
    }

    /** The turns of an item not withdrawn: ranked ones by rank, then the others by request. */
    public List<SpeakingTurn> ofItem(long itemId) {
        return jdbc.sql(SELECT + """
                where agenda_item_id = ? and withdrawn_at is null
                order by case when queue_rank is null then 1 else 0 end, queue_rank, requested_at, id""")
                .param(itemId).query(SpeakingTurnRepository::turn).list();
    }

    /** Whether the account already waits to speak on the item. */
    public boolean waiting(long itemId, long account) {
        return jdbc.sql("""
                select count(*) from speaking_turn where agenda_item_id = ? and speaker_account = ?
                and spoken_at is null and withdrawn_at is null""").params(itemId, account)
                .query(Integer.class).single() > 0;
    }

    /** Collectivités that spoke on any item of the meeting. */
    public Set<String> heardIn(long meetingId) {
        return new HashSet<>(jdbc.sql("""
                select distinct t.collectivity_siren from speaking_turn t join agenda_item i on i.id = t.agenda_item_id
                where i.meeting_id = ? and t.spoken_at is not null and t.withdrawn_at is null
                and t.collectivity_siren is not null""").param(meetingId).query(String.class).list());
    }

    /** Marks a waiting turn as spoken; false when it was no longer waiting. */
    public boolean markSpoken(long id, Instant now) {
        return jdbc.sql("update speaking_turn set spoken_at = ? where id = ? and spoken_at is null and withdrawn_at is null")
                .params(Timestamp.from(now), id).update() == 1;
    }

    public boolean withdraw(long id, Instant now) {
        return jdbc.sql("update speaking_turn set withdrawn_at = ? where id = ? and spoken_at is null and withdrawn_at is null")
                .params(Timestamp.from(now), id).update() == 1;
    }

    /** Ranks the waiting turns in the given order. */
    public void rank(List<Long> ids) {
        for (int i = 0; i < ids.size(); i++) {
            jdbc.sql("update speaking_turn set queue_rank = ? where id = ?").params(i + 1, ids.get(i)).update();
        }
    }

    static SpeakingTurn turn(ResultSet rs, int row) throws SQLException {
        long account = rs.getLong("speaker_account");
        Long speaker = rs.wasNull() ? null : account;
        Timestamp spoken = rs.getTimestamp("spoken_at");
        int rank = rs.getInt("queue_rank");
        Integer queueRank = rs.wasNull() ? null : rank;
        return new SpeakingTurn(rs.getLong("id"), rs.getLong("agenda_item_id"), rs.getString("collectivity_siren"),
                speaker, rs.getString("speaker_name"), SpeakingIntent.valueOf(rs.getString("intent")),
                rs.getTimestamp("requested_at").toInstant(), spoken == null ? null : spoken.toInstant(), queueRank);
    }
}
