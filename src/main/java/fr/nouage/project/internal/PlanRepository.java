package fr.nouage.project.internal;

import static fr.nouage.project.internal.ProjectRepository.date;
import static fr.nouage.project.internal.ProjectRepository.local;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.nouage.project.Handover;
import fr.nouage.project.Milestone;
import fr.nouage.project.Phase;
import fr.nouage.project.PhasePlan;
import fr.nouage.project.ProjectDocument;

/** What a project plans: the handovers of its pilotage, its phases, milestones and documents. */
@Repository
public class PlanRepository {

    private final JdbcClient jdbc;

    PlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void addHandover(long projectId, Handover handover) {
        jdbc.sql("insert into project_handover (project_id, handover_on, collectivity_siren) values (?, ?, ?)")
                .params(projectId, date(handover.on()), handover.collectivitySiren()).update();
    }

    public void removeHandovers(long projectId) {
        jdbc.sql("delete from project_handover where project_id = ?").param(projectId).update();
    }

    public List<Handover> handovers(long projectId) {
        return jdbc.sql("select handover_on, collectivity_siren from project_handover where project_id = ? order by handover_on, id")
                .param(projectId).query((rs, n) -> new Handover(local(rs.getDate(1)), rs.getString(2))).list();
    }

    /** Sets a phase's dates and deliverables. */
    public void savePhase(long projectId, PhasePlan plan) {
        int updated = jdbc.sql("update project_phase set starts_on = ?, ends_on = ?, deliverables = ? where project_id = ? and phase = ?")
                .params(date(plan.startsOn()), date(plan.endsOn()), plan.deliverables(), projectId, plan.phase().name())
                .update();
        if (updated == 0) {
            jdbc.sql("insert into project_phase (project_id, phase, starts_on, ends_on, deliverables) values (?, ?, ?, ?, ?)")
                    .params(projectId, plan.phase().name(), date(plan.startsOn()), date(plan.endsOn()), plan.deliverables())
                    .update();
        }
    }

    /** The planned phases of the projects, in one query. */
    public List<Planned> phases(List<Long> projectIds) {
        if (projectIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select project_id, phase, starts_on, ends_on, deliverables from project_phase where project_id in (:ids)")
                .param("ids", projectIds).query((rs, n) -> new Planned(rs.getLong(1), new PhasePlan(
                        Phase.valueOf(rs.getString(2)), local(rs.getDate(3)), local(rs.getDate(4)), rs.getString(5))))
                .list();
    }

    /** A phase plan and its project. */
    public record Planned(long projectId, PhasePlan plan) {
    }

    public void addMilestone(long projectId, String title, LocalDate dueOn) {
        jdbc.sql("insert into project_milestone (project_id, title, due_on) values (?, ?, ?)")
                .params(projectId, title, date(dueOn)).update();
    }

    public boolean markDone(long projectId, long milestoneId, LocalDate on) {
        return jdbc.sql("update project_milestone set done_on = ? where id = ? and project_id = ?")
                .params(date(on), milestoneId, projectId).update() == 1;
    }

    public List<Milestone> milestones(List<Long> projectIds) {
        if (projectIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, project_id, title, due_on, done_on from project_milestone where project_id in (:ids) order by due_on, id")
                .param("ids", projectIds).query((rs, n) -> new Milestone(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        local(rs.getDate(4)), local(rs.getDate(5)))).list();
    }

    public void addDocument(long projectId, String fileName, String contentType, byte[] content, String sha256,
            String by, Instant now) {
        jdbc.sql("""
                insert into project_document (project_id, file_name, content_type, size_bytes, sha256, content,
                    uploaded_at, uploaded_by) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(projectId, fileName, contentType, (long) content.length, sha256, content, Timestamp.from(now), by)
                .update();
    }

    public List<ProjectDocument> documents(long projectId) {
        return jdbc.sql("""
                select id, project_id, file_name, content_type, size_bytes, uploaded_at, uploaded_by
                from project_document where project_id = ? order by uploaded_at, id""").param(projectId)
                .query((rs, n) -> new ProjectDocument(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getTimestamp(6).toInstant(), rs.getString(7))).list();
    }

    public Optional<byte[]> content(long projectId, long documentId) {
        return jdbc.sql("select content from project_document where id = ? and project_id = ?")
                .params(documentId, projectId).query((rs, n) -> rs.getBytes(1)).optional();
    }
}
