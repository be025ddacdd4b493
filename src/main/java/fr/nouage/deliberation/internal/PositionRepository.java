package fr.nouage.deliberation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.nouage.deliberation.ObjectionStatus;
import fr.nouage.deliberation.Position;
import fr.nouage.deliberation.Stance;

/** Positions on items, and their history. */
@Repository
public class PositionRepository {

    private static final String SELECT = """
            select id, agenda_item_id, collectivity_siren, stance, argument, objection_status, spoken_by_name, recorded_at
            from item_position
            """;

    private final JdbcClient jdbc;

    PositionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Position> ofItem(long itemId) {
        return jdbc.sql(SELECT + "where agenda_item_id = ? order by collectivity_siren").param(itemId)
                .query(PositionRepository::position).list();
    }

    public Optional<Position> find(long id) {
        return jdbc.sql(SELECT + "where id = ?").param(id).query(PositionRepository::position).optional();
    }

    public Optional<Position> of(long itemId, String collectivitySiren) {
        return jdbc.sql(SELECT + "where agenda_item_id = ? and collectivity_siren = ?").params(itemId, collectivitySiren)
                .query(PositionRepository::position).optional();
    }

    /** Inserts or replaces the collectivité's position; true when it replaced an earlier one. */
    public boolean save(long itemId, String collectivitySiren, Stance stance, String argument, Long accountId,
            String name, Instant now) {
        String objection = stance == Stance.OBJECTION ? ObjectionStatus.OPEN.name() : null;
        int updated = jdbc.sql("""
                update item_position set stance = ?, argument = ?, objection_status = ?, spoken_by_account = ?,
                    spoken_by_name = ?, recorded_at = ?, version = version + 1
                where agenda_item_id = ? and collectivity_siren = ?""")
                .params(stance.name(), argument, objection, accountId, name, Timestamp.from(now), itemId,
                        collectivitySiren).update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into item_position (agenda_item_id, collectivity_siren, stance, argument, objection_status,
                        spoken_by_account, spoken_by_name, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(itemId, collectivitySiren, stance.name(), argument, objection, accountId, name,
                            Timestamp.from(now)).update();
        }
        history(itemId, collectivitySiren, stance, argument, objection, name, now);
        return updated > 0;
    }

    public void setObjectionStatus(long positionId, ObjectionStatus status, String name, Instant now) {
        jdbc.sql("update item_position set objection_status = ?, version = version + 1 where id = ?")
                .params(status.name(), positionId).update();
        find(positionId).ifPresent(p -> history(p.itemId(), p.collectivitySiren(), p.stance(), p.argument(),
                status.name(), name, now));
    }

    private void history(long itemId, String siren, Stance stance, String argument, String objection, String name,
            Instant now) {
        jdbc.sql("""
                insert into item_position_history (agenda_item_id, collectivity_siren, stance, argument,
                    objection_status, spoken_by_name, recorded_at) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(itemId, siren, stance.name(), argument, objection, name, Timestamp.from(now)).update();
    }

    /** Every position expressed on the item, oldest first. */
    public List<Position> history(long itemId) {
        return jdbc.sql("""
                select id, agenda_item_id, collectivity_siren, stance, argument, objection_status, spoken_by_name, recorded_at
                from item_position_history where agenda_item_id = ? order by id""").param(itemId)
                .query(PositionRepository::position).list();
    }

    static Position position(ResultSet rs, int row) throws SQLException {
        String objection = rs.getString("objection_status");
        return new Position(rs.getLong("id"), rs.getLong("agenda_item_id"), rs.getString("collectivity_siren"),
                Stance.valueOf(rs.getString("stance")), rs.getString("argument"),
                objection == null ? null : ObjectionStatus.valueOf(objection), rs.getString("spoken_by_name"),
                rs.getTimestamp("recorded_at").toInstant());
    }
}
