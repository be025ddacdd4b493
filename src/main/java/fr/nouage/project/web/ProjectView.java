package fr.nouage.project.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import fr.nouage.meeting.Body;
import fr.nouage.meeting.Meeting;
import fr.nouage.project.Agreement;
import fr.nouage.project.Handover;
import fr.nouage.project.Milestone;
import fr.nouage.project.Phase;
import fr.nouage.project.PhasePlan;
import fr.nouage.project.Project;
import fr.nouage.project.ProjectDocument;
import fr.nouage.project.Review;

/** Everything the page of a project shows. */
public record ProjectView(Project project, Map<String, String> names, List<Handover> handovers, List<PhasePlan> phases,
        List<Milestone> milestones, List<ProjectDocument> documents, List<Agreement> agreements, List<Review> reviews,
        Body committee, List<Meeting> committeeMeetings, boolean maySteer, boolean mayAskDecision) {

    public String name(String siren) {
        return names.getOrDefault(siren, siren);
    }

    public String names(List<String> sirens) {
        return String.join(", ", sirens.stream().map(this::name).toList());
    }

    public PhasePlan plan(Phase phase) {
        return phases.stream().filter(p -> p.phase() == phase).findFirst().orElse(null);
    }

    public String day(LocalDate date) {
        return ProjectPages.day(date);
    }

    public String base() {
        return "/territoires/" + project.territorySiren() + "/projets/" + project.id();
    }

    /** Milestones reached, for the progress sentence. */
    public long reached() {
        return milestones.stream().filter(Milestone::done).count();
    }
}
