package fr.nouage.deliberation.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.nouage.rules.DecisionMode;
import fr.nouage.deliberation.Amendment;
import fr.nouage.deliberation.Decision;
import fr.nouage.deliberation.DecisionOutcome;
import fr.nouage.deliberation.DecisionReview;
import fr.nouage.deliberation.ItemDistribution;
import fr.nouage.deliberation.ObjectionStatus;
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

    /**
     * The distribution of positions of several items and their decisions, in one statement: rows
     * with a SIREN are positions, rows without are decisions.
     */
    public Map<Long, ItemDistribution> distributions(Collection<Long> itemIds) {
        Map<Long, Map<Stance, Integer>> counts = new LinkedHashMap<>();
        Map<Long, List<ItemDistribution.Voice>> voices = new HashMap<>();
        Map<Long, DecisionOutcome> outcomes = new HashMap<>();
        for (Long id : itemIds) {
            Map<Stance, Integer> empty = new EnumMap<>(Stance.class);
            for (Stance s : Stance.values()) {
                empty.put(s, 0);
            }
            counts.put(id, empty);
            voices.put(id, new ArrayList<>());
        }
        if (!itemIds.isEmpty()) {
            jdbc.sql("""
                    select d.agenda_item_id, cast(null as varchar(9)), cast(null as varchar(200)), d.outcome,
                        cast(null as varchar(4000)), cast(null as varchar(12))
                    from item_decision d where d.agenda_item_id in (:ids)
                    union all
                    select p.agenda_item_id, p.collectivity_siren, c.name, p.stance, p.argument, p.objection_status
                    from item_position p left join collectivity c on c.siren = p.collectivity_siren
                    where p.agenda_item_id in (:ids)""").param("ids", itemIds).query(rs -> {
                        long item = rs.getLong(1);
                        String siren = rs.getString(2);
                        if (siren == null) {
                            outcomes.put(item, DecisionOutcome.valueOf(rs.getString(4)));
                            return;
                        }
                        Stance stance = Stance.valueOf(rs.getString(4));
                        counts.get(item).merge(stance, 1, Integer::sum);
                        if (stance == Stance.RESERVATION || stance == Stance.OBJECTION) {
                            String status = rs.getString(6);
                            voices.get(item).add(new ItemDistribution.Voice(siren,
                                    rs.getString(3) == null ? siren : rs.getString(3), stance, rs.getString(5),
                                    status == null ? null : ObjectionStatus.valueOf(status)));
                        }
                    });
        }
        Map<Long, ItemDistribution> result = new LinkedHashMap<>();
        counts.forEach((id, c) -> {
            List<ItemDistribution.Voice> v = voices.get(id);
            v.sort(Comparator.comparing(ItemDistribution.Voice::stance).reversed()
                    .thenComparing(ItemDistribution.Voice::collectivityName));
            result.put(id, new ItemDistribution(id, c, List.copyOf(v), outcomes.get(id)));
        });
        return result;
    }

    /** Decisions of a territory's meetings that carry a review date, the earliest first. */
    public List<DecisionReview> reviews(String territorySiren) {
        return jdbc.sql("""
                select d.agenda_item_id, i.meeting_id, m.starts_at, i.title, d.outcome, d.statement, d.review_on
                from item_decision d join agenda_item i on i.id = d.agenda_item_id join meeting m on m.id = i.meeting_id
                where m.territory_siren = ? and d.review_on is not null and d.outcome <> 'NO_QUORUM'
                order by d.review_on, d.agenda_item_id""").param(territorySiren)
                .query((rs, n) -> new DecisionReview(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant(),
                        rs.getString(4), DecisionOutcome.valueOf(rs.getString(5)), rs.getString(6),
                        rs.getDate(7).toLocalDate()))
                .list();
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
