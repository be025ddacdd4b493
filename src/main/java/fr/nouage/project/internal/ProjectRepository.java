package fr.nouage.project.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import fr.nouage.project.Phase;
import fr.nouage.project.Pilotage;
import fr.nouage.project.Project;

/** Projects and the collectivités involved in them. */
@Repository
public class ProjectRepository {

    private static final String SELECT = """
            select id, territory_siren, title, purpose, public_policy, users_concerned, pilotage, phase, progress,
                   starts_on, ends_on, steering_body_id, closing_review, closed_on, version
            from project
            """;

    private final JdbcClient jdbc;

    ProjectRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Values of a project to create. */
    public record NewRow(String territorySiren, String title, String purpose, String publicPolicy, String usersConcerned,
            Pilotage pilotage, Phase phase, LocalDate startsOn, LocalDate endsOn, String createdBy) {
    }

    public long insert(NewRow p, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into project (territory_siren, title, purpose, public_policy, users_concerned, pilotage, phase,
                    starts_on, ends_on, created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(p.territorySiren(), p.title(), p.purpose(), p.publicPolicy(), p.usersConcerned(),
                        p.pilotage().name(), p.phase().name(), date(p.startsOn()), date(p.endsOn()), Timestamp.from(now),
                        p.createdBy())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void addMember(long projectId, String siren, boolean lead) {
        jdbc.sql("insert into project_member (project_id, collectivity_siren, lead) values (?, ?, ?)")
                .params(projectId, siren, lead).update();
    }

    /** Changes what was said of the project at its start; false when someone else changed it first. */
    public boolean updateDetails(long id, int version, NewRow p) {
        return jdbc.sql("""
                update project set title = ?, purpose = ?, public_policy = ?, users_concerned = ?, pilotage = ?,
                    starts_on = ?, ends_on = ?, version = version + 1 where id = ? and version = ?""")
                .params(p.title(), p.purpose(), p.publicPolicy(), p.usersConcerned(), p.pilotage().name(),
                        date(p.startsOn()), date(p.endsOn()), id, version).update() == 1;
    }

    public void removeMembers(long projectId) {
        jdbc.sql("delete from project_member where project_id = ?").param(projectId).update();
    }

    public void setSteeringBody(long projectId, long bodyId) {
        jdbc.sql("update project set steering_body_id = ? where id = ?").params(bodyId, projectId).update();
    }

    /** Changes the phase and progress; false when someone else changed the project first. */
    public boolean updateProgress(long id, int version, Phase phase, int progress) {
        return jdbc.sql("update project set phase = ?, progress = ?, version = version + 1 where id = ? and version = ?")
                .params(phase.name(), progress, id, version).update() == 1;
    }

    public void setProgress(long id, int progress) {
        jdbc.sql("update project set progress = ?, version = version + 1 where id = ?").params(progress, id).update();
    }

    public void close(long id, String review, LocalDate on) {
        jdbc.sql("update project set closing_review = ?, closed_on = ?, version = version + 1 where id = ?")
                .params(review, date(on), id).update();
    }

    public Optional<Project> find(long id) {
        List<Project> found = load(jdbc.sql(SELECT + "where id = ?").param(id).query(ProjectRepository::row).list());
        return found.stream().findFirst();
    }

    public List<Project> ofTerritory(String territorySiren) {
        return load(jdbc.sql(SELECT + "where territory_siren = ? order by title, id").param(territorySiren)
                .query(ProjectRepository::row).list());
    }

    /** Projects of a territory whose steering committee is that body. */
    public Optional<Long> bySteeringBody(long bodyId) {
        return jdbc.sql("select id from project where steering_body_id = ?").param(bodyId).query(Long.class).optional();
    }

    /** The rows with their leads and members, read in one more query. */
    private List<Project> load(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> leads = new HashMap<>();
        Map<Long, List<String>> members = new HashMap<>();
        jdbc.sql("""
                select project_id, collectivity_siren, lead from project_member where project_id in (:ids)
                order by lead desc, collectivity_siren""").param("ids", ids(rows)).query(rs -> {
                    long id = rs.getLong(1);
                    members.computeIfAbsent(id, k -> new ArrayList<>()).add(rs.getString(2));
                    if (rs.getBoolean(3)) {
                        leads.computeIfAbsent(id, k -> new ArrayList<>()).add(rs.getString(2));
                    }
                });
        return rows.stream().map(r -> r.project(leads.getOrDefault(r.id, List.of()), members.getOrDefault(r.id, List.of())))
                .toList();
    }

    private static Collection<Long> ids(List<Row> rows) {
        return rows.stream().map(Row::id).toList();
    }

    record Row(long id, String territorySiren, String title, String purpose, String publicPolicy, String usersConcerned,
            Pilotage pilotage, Phase phase, int progress, LocalDate startsOn, LocalDate endsOn, Long steeringBodyId,
            String closingReview, LocalDate closedOn, int version) {

        Project project(List<String> leads, List<String> members) {
            return new Project(id, territorySiren, title, purpose, publicPolicy, usersConcerned, pilotage, phase,
                    progress, startsOn, endsOn, steeringBodyId, closingReview, closedOn, List.copyOf(leads),
                    List.copyOf(members), version);
        }
    }

    static Row row(ResultSet rs, int n) throws SQLException {
        long body = rs.getLong("steering_body_id");
        Long bodyId = rs.wasNull() ? null : body;
        return new Row(rs.getLong("id"), rs.getString("territory_siren"), rs.getString("title"), rs.getString("purpose"),
                rs.getString("public_policy"), rs.getString("users_concerned"), Pilotage.valueOf(rs.getString("pilotage")),
                Phase.valueOf(rs.getString("phase")), rs.getInt("progress"), local(rs.getDate("starts_on")),
                local(rs.getDate("ends_on")), bodyId, rs.getString("closing_review"), local(rs.getDate("closed_on")),
                rs.getInt("version"));
    }

    static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    static LocalDate local(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
