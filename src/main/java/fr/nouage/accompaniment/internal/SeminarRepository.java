package fr.nouage.accompaniment.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import fr.nouage.accompaniment.Seminar;
import fr.nouage.accompaniment.Sequence;

/** Seminars, their invited territories and their programme. */
@Repository
public class SeminarRepository {

    private static final String SELECT = "select id, title, held_on, place, code, wall_version, created_at, version, registrations_close_on from seminar ";

    private final JdbcClient jdbc;

    SeminarRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(String title, LocalDate heldOn, String place, String code, LocalDate closeOn, String createdBy,
            Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into seminar (title, held_on, place, code, registrations_close_on, created_at, created_by) "
                + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(title, Date.valueOf(heldOn), place, code, closeOn == null ? null : Date.valueOf(closeOn),
                        Timestamp.from(now), createdBy).update(keys, "id");
        return keys.getKey().longValue();
    }

    public void invite(long seminarId, String territorySiren) {
        jdbc.sql("insert into seminar_territory (seminar_id, territory_siren) values (?, ?)")
                .params(seminarId, territorySiren).update();
    }

    public boolean codeTaken(String code) {
        return jdbc.sql("select count(*) from seminar where code = ?").param(code).query(Long.class).single() > 0;
    }

    public Optional<Seminar> find(long id) {
        return jdbc.sql(SELECT + "where id = ?").param(id).query(this::row).optional();
    }

    public Optional<Seminar> byCode(String code) {
        return jdbc.sql(SELECT + "where code = ?").param(code).query(this::row).optional();
    }

    /** Every seminar, the latest first. */
    public List<Seminar> all() {
        return jdbc.sql(SELECT + "order by held_on desc, id desc").query(this::row).list();
    }

    /** The seminars inviting one of these territories, the latest first. */
    public List<Seminar> inviting(Collection<String> territorySirens) {
        if (territorySirens.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + "where id in (select seminar_id from seminar_territory where territory_siren in (:sirens))"
                + " order by held_on desc, id desc").param("sirens", territorySirens).query(this::row).list();
    }

    /** The current wall version of each of these seminars. */
    public Map<Long, Long> wallVersions(Collection<Long> ids) {
        Map<Long, Long> versions = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, wall_version from seminar where id in (:ids)").param("ids", ids)
                    .query((rs, n) -> versions.put(rs.getLong(1), rs.getLong(2))).list();
        }
        return versions;
    }

    /** Marks the wall changed, so that every instance's screens refresh. */
    public void wallChanged(long seminarId) {
        jdbc.sql("update seminar set wall_version = wall_version + 1 where id = ?").param(seminarId).update();
    }

    public long addSequence(long seminarId, LocalTime startsAt, LocalTime endsAt, String title, String speakers,
            String resources) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into seminar_sequence (seminar_id, starts_at, ends_at, title, speakers, resources)
                values (?, ?, ?, ?, ?, ?)""")
                .params(seminarId, Time.valueOf(startsAt), endsAt == null ? null : Time.valueOf(endsAt), title, speakers,
                        resources).update(keys, "id");
        return keys.getKey().longValue();
    }

    public List<Sequence> programme(long seminarId) {
        return jdbc.sql("""
                select id, seminar_id, starts_at, ends_at, title, speakers, resources from seminar_sequence
                where seminar_id = ? order by starts_at, id""").param(seminarId)
                .query((rs, n) -> new Sequence(rs.getLong("id"), rs.getLong("seminar_id"),
                        rs.getTime("starts_at").toLocalTime(), time(rs.getTime("ends_at")), rs.getString("title"),
                        rs.getString("speakers"), rs.getString("resources"))).list();
    }

    public void removeSequence(long seminarId, long sequenceId) {
        jdbc.sql("delete from seminar_sequence where seminar_id = ? and id = ?").params(seminarId, sequenceId).update();
    }

    private static LocalTime time(Time time) {
        return time == null ? null : time.toLocalTime();
    }

    private Seminar row(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        List<String> territories = jdbc.sql("select territory_siren from seminar_territory where seminar_id = ? "
                + "order by territory_siren").param(id).query(String.class).list();
        return new Seminar(id, rs.getString("title"), rs.getDate("held_on").toLocalDate(), rs.getString("place"),
                rs.getString("code"), territories, rs.getLong("wall_version"),
                rs.getTimestamp("created_at").toInstant(), rs.getInt("version"),
                rs.getDate("registrations_close_on") == null ? null : rs.getDate("registrations_close_on").toLocalDate());
    }
}
