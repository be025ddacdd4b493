package fr.nouage.project;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.nouage.account.NouageUser;
import fr.nouage.meeting.AgendaDocuments;
import fr.nouage.platform.RefusedOperation.Reason;
import fr.nouage.project.internal.PlanRepository;

/** What a project plans and keeps: its phases' dates and deliverables, its milestones, its documents. */
@Service
public class ProjectPlans {

    static final int DELIVERABLES_MAX = 2000;

    private final PlanRepository plans;
    private final Projects projects;
    private final Clock clock;

    ProjectPlans(PlanRepository plans, Projects projects, Clock clock) {
        this.plans = plans;
        this.projects = projects;
        this.clock = clock;
    }

    /**
     * Sets the dates and deliverables of one phase.
     *
     * @throws ProjectException FORBIDDEN for a user who does not steer the project; INVALID for an end
     *                          before the start or deliverables too long
     */
    @Transactional
    public void planPhase(long projectId, PhasePlan plan, NouageUser user) {
        Project project = projects.steered(projectId, user);
        if (plan.phase() == null) {
            throw new ProjectException(Reason.INVALID, "project.error.phase");
        }
        if (plan.startsOn() != null && plan.endsOn() != null && plan.endsOn().isBefore(plan.startsOn())) {
            throw new ProjectException(Reason.INVALID, "project.error.phaseDates");
        }
        plans.savePhase(projectId, new PhasePlan(plan.phase(), plan.startsOn(), plan.endsOn(),
                Texts.optional(plan.deliverables(), DELIVERABLES_MAX, "project.error.deliverables")));
        projects.changed(project, "project.change.phase", user);
    }

    /** The planned phases of the projects, by project. */
    public java.util.Map<Long, List<PhasePlan>> phases(List<Long> projectIds) {
        return plans.phases(projectIds).stream().collect(java.util.stream.Collectors.groupingBy(
                PlanRepository.Planned::projectId, java.util.stream.Collectors.mapping(PlanRepository.Planned::plan,
                        java.util.stream.Collectors.toList())));
    }

    /** @throws ProjectException as {@link #planPhase}; INVALID for a missing title or date */
    @Transactional
    public void addMilestone(long projectId, String title, LocalDate dueOn, NouageUser user) {
        Project project = projects.steered(projectId, user);
        String text = Texts.required(title, Projects.TITLE_MAX, "project.error.milestone");
        if (dueOn == null) {
            throw new ProjectException(Reason.INVALID, "project.error.milestoneDate");
        }
        plans.addMilestone(projectId, text, dueOn);
        projects.changed(project, "project.change.milestone", user);
    }

    @Transactional
    public void milestoneReached(long projectId, long milestoneId, NouageUser user) {
        Project project = projects.steered(projectId, user);
        if (!plans.markDone(projectId, milestoneId, LocalDate.now(clock.withZone(fr.nouage.platform.DateFormats.PARIS)))) {
            throw new ProjectException(Reason.NOT_FOUND, "project.error.milestoneUnknown");
        }
        projects.changed(project, "project.change.milestoneReached", user);
    }

    public List<Milestone> milestones(List<Long> projectIds) {
        return plans.milestones(projectIds);
    }

    /**
     * Keeps a document of the project, checked as agenda documents are (size, format).
     *
     * @throws ProjectException FORBIDDEN for a user who does not steer the project
     */
    @Transactional
    public void addDocument(long projectId, String fileName, byte[] content, NouageUser user) {
        Project project = projects.steered(projectId, user);
        AgendaDocuments.CheckedFile file = AgendaDocuments.check(fileName, content);
        plans.addDocument(projectId, file.fileName(), file.contentType(), content, file.sha256(), user.displayName(),
                clock.instant());
        projects.changed(project, "project.change.document", user);
    }

    public List<ProjectDocument> documents(long projectId) {
        return plans.documents(projectId);
    }

    public Optional<ProjectDocument> document(long projectId, long documentId) {
        return documents(projectId).stream().filter(d -> d.id() == documentId).findFirst();
    }

    public Optional<byte[]> content(long projectId, long documentId) {
        return plans.content(projectId, documentId);
    }
}
