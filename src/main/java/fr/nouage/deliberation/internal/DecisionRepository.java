package fr.nouage.deliberation.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.nouage.rules.DecisionMode;
import fr.nouage.deliberation.Amendment;
import fr.nouage.deliberation.Decision;
import fr.nouage.deliberation.DecisionOutcome;
import fr.nouage.deliberation.Stance;

/** Decisions taken on items, and the amended texts of their proposals. */
@Repository
public class DecisionRepository {

    private final JdbcClient jdbc;

    DecisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Decision> find(long itemId) {
        return jdbc.sql("select * from item_decision where agenda_item_id = ?").param(itemId)
                .query(DecisionRepository::decision).optional();
    }

    public List<Decision> ofItems(List<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from item_decision where agenda_item_id in (:ids)").param("ids", itemIds)
                .query(DecisionRepository::decision).list();
    }

    /** Records the decision, replacing an earlier one without quorum. */
    public void save(Decision d) {
        jdbc.sql("delete from item_decision where agenda_item_id = ?").param(d.itemId()).update();
        jdbc.sql("""
                insert into item_decision (agenda_item_id, mode, outcome, statement, review_on, agree_count,
                    reservation_count, objection_count, abstain_count, present_count, quorum, decided_at, decided_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(d.itemId(), d.mode().name(), d.outcome().name(), d.statement(),
                        d.reviewOn() == null ? null : Date.valueOf(d.reviewOn()), d.counts().get(Stance.AGREE),
                        d.counts().get(Stance.RESERVATION), d.counts().get(Stance.OBJECTION),
                        d.counts().get(Stance.ABSTAIN), d.present(), d.quorum(), Timestamp.from(d.decidedAt()),
                        d.decidedBy())
                .update();
    }

    public long addAmendment(long itemId, String text, Long answersPositionId, String by, java.time.Instant at) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into item_amendment (agenda_item_id, text, answers_position_id, written_by_name, written_at) values (?, ?, ?, ?, ?)")
                .params(itemId, text, answersPositionId, by, Timestamp.from(at)).update(keys, "id");
        return keys.getKey().longValue();
    }

    public List<Amendment> amendments(long itemId) {
        return jdbc.sql("select id, agenda_item_id, text, answers_position_id, written_by_name, written_at from item_amendment where agenda_item_id = ? order by id")
                .param(itemId).query((rs, n) -> {
                    long answers = rs.getLong(4);
                    return new Amendment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.wasNull() ? null : answers,
                            rs.getString(5), rs.getTimestamp(6).toInstant());
                }).list();
    }

    static Decision decision(ResultSet rs, int row) throws SQLException {
        Map<Stance, Integer> counts = new EnumMap<>(Stance.class);
        counts.put(Stance.AGREE, rs.getInt("agree_count"));
        counts.put(Stance.RESERVATION, rs.getInt("reservation_count"));
        counts.put(Stance.OBJECTION, rs.getInt("objection_count"));
        counts.put(Stance.ABSTAIN, rs.getInt("abstain_count"));
        Date review = rs.getDate("review_on");
        return new Decision(rs.getLong("agenda_item_id"), DecisionMode.valueOf(rs.getString("mode")),
                DecisionOutcome.valueOf(rs.getString("outcome")), rs.getString("statement"),
                review == null ? null : review.toLocalDate(), counts, rs.getInt("present_count"), rs.getInt("quorum"),
                rs.getTimestamp("decided_at").toInstant(), rs.getString("decided_by"));
    }
}
