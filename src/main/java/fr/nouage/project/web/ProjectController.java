package fr.nouage.project.web;

import static fr.nouage.platform.DateFormats.PARIS;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.nouage.meeting.Bodies;
import fr.nouage.meeting.Meetings;
import fr.nouage.platform.RefusedOperation;
import fr.nouage.project.Agreements;
import fr.nouage.project.Phase;
import fr.nouage.project.PhasePlan;
import fr.nouage.project.Project;
import fr.nouage.project.ProjectAccess;
import fr.nouage.project.ProjectDocument;
import fr.nouage.project.ProjectPlans;
import fr.nouage.project.Projects;
import fr.nouage.project.Reviews;

/** The page of a project: its pilotage, phases, milestones, progress, documents, reviews and conventions. */
@Controller
class ProjectController {

    private final ProjectPages pages;
    private final Projects projects;
    private final ProjectPlans plans;
    private final Agreements agreements;
    private final Reviews reviews;
    private final Bodies bodies;
    private final Meetings meetings;
    private final Clock clock;

    ProjectController(ProjectPages pages, Projects projects, ProjectPlans plans, Agreements agreements, Reviews reviews,
            Bodies bodies, Meetings meetings, Clock clock) {
        this.pages = pages;
        this.projects = projects;
        this.plans = plans;
        this.agreements = agreements;
        this.reviews = reviews;
        this.bodies = bodies;
        this.meetings = meetings;
        this.clock = clock;
    }

    @GetMapping("/territoires/{siren}/projets/{id}")
    String show(@PathVariable String siren, @PathVariable long id, Model model) {
        Project project = pages.project(siren, id);
        var committee = project.steeringBodyId() == null ? null : bodies.find(siren, project.steeringBodyId());
        boolean maySteer = ProjectAccess.maySteer(pages.user(), project);
        model.addAttribute("territory", pages.territory(siren));
        model.addAttribute("view", new ProjectView(project, pages.names(siren), projects.handovers(id),
                plans.phases(List.of(id)).getOrDefault(id, List.of()), plans.milestones(List.of(id)),
                plans.documents(id), agreements.ofProject(id), reviews.ofProject(id), committee,
                committee == null ? List.of() : meetings.ofBody(committee.id()),
                maySteer, maySteer && project.phase() == Phase.CO_DECISION));
        model.addAttribute("openMeetings", maySteer ? reviews.openMeetings(siren) : List.of());
        return "project/project";
    }

    @PostMapping("/territoires/{siren}/projets/{id}/avancement")
    String advance(@PathVariable String siren, @PathVariable long id, @RequestParam(defaultValue = "") String phase,
            @RequestParam(defaultValue = "-1") int progress, @RequestParam(required = false) Integer version,
            RedirectAttributes redirect) {
        pages.project(siren, id);
        return act(siren, id, redirect, "project.updated", () -> projects.advance(id, version,
                PortfolioController.parse(Phase.class, phase), progress, pages.user()));
    }

    @PostMapping("/territoires/{siren}/projets/{id}/phases")
    String planPhase(@PathVariable String siren, @PathVariable long id, @RequestParam(defaultValue = "") String phase,
            @RequestParam(defaultValue = "") String startsOn, @RequestParam(defaultValue = "") String endsOn,
            @RequestParam(defaultValue = "") String deliverables, RedirectAttributes redirect) {
        pages.project(siren, id);
        return act(siren, id, redirect, "project.phasePlanned", () -> plans.planPhase(id, new PhasePlan(
                PortfolioController.parse(Phase.class, phase), ProjectPages.date(startsOn), ProjectPages.date(endsOn),
                deliverables), pages.user()));
    }

    @PostMapping("/territoires/{siren}/projets/{id}/jalons")
    String addMilestone(@PathVariable String siren, @PathVariable long id, @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String dueOn, RedirectAttributes redirect) {
        pages.project(siren, id);
        return act(siren, id, redirect, "project.milestoneAdded", () -> plans.addMilestone(id, title,
                ProjectPages.date(dueOn), pages.user()));
    }

    @PostMapping("/territoires/{siren}/projets/{id}/jalons/{milestoneId}")
    String reach(@PathVariable String siren, @PathVariable long id, @PathVariable long milestoneId,
            RedirectAttributes redirect) {
        pages.project(siren, id);
        return act(siren, id, redirect, "project.milestoneReached", () -> plans.milestoneReached(id, milestoneId,
                pages.user()));
    }

    @PostMapping("/territoires/{siren}/projets/{id}/documents")
    String upload(@PathVariable String siren, @PathVariable long id,
            @RequestParam(name = "fichier", required = false) MultipartFile file, RedirectAttributes redirect) {
        pages.project(siren, id);
        return act(siren, id, redirect, "project.documentAdded", () -> {
            try {
                plans.addDocument(id, file == null ? "" : file.getOriginalFilename(),
                        file == null ? new byte[0] : file.getBytes(), pages.user());
            } catch (IOException e) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
            }
        });
    }

    @GetMapping("/territoires/{siren}/projets/{id}/documents/{documentId}")
    ResponseEntity<byte[]> document(@PathVariable String siren, @PathVariable long id, @PathVariable long documentId) {
        pages.project(siren, id);
        ProjectDocument document = plans.document(id, documentId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        byte[] content = plans.content(id, documentId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(document.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff").body(content);
    }

    @PostMapping("/territoires/{siren}/projets/{id}/decision")
    String askDecision(@PathVariable String siren, @PathVariable long id, @RequestParam(defaultValue = "0") long meeting,
            @RequestParam(defaultValue = "") String question, RedirectAttributes redirect) {
        pages.project(siren, id);
        return act(siren, id, redirect, "review.decisionAsked", () -> reviews.askDecision(id, meeting, question,
                pages.user()));
    }

    /** Runs a change and comes back to the project, with a notice or the refusal's sentence. */
    String act(String siren, long id, RedirectAttributes redirect, String notice, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (RefusedOperation e) {
            if (e.reason() == RefusedOperation.Reason.FORBIDDEN) {
                throw new ResponseStatusException(HttpStatus.FORBIDDEN);
            }
            redirect.addFlashAttribute("problem", pages.text(e));
        }
        return "redirect:/territoires/" + siren + "/projets/" + id;
    }
}
