package fr.nouage.project.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.nouage.project.Evaluations;
import fr.nouage.project.Project;
import fr.nouage.project.ProjectAccess;

/** The co-évaluation of a project: indicators, what each collectivité put in and got back, closing review. */
@Controller
class EvaluationController {

    private final ProjectPages pages;
    private final Evaluations evaluations;
    private final ProjectController projects;

    EvaluationController(ProjectPages pages, Evaluations evaluations, ProjectController projects) {
        this.pages = pages;
        this.evaluations = evaluations;
        this.projects = projects;
    }

    @GetMapping("/territoires/{siren}/projets/{id}/evaluation")
    String show(@PathVariable String siren, @PathVariable long id, Model model) {
        Project project = pages.project(siren, id);
        var user = pages.user();
        model.addAttribute("territory", pages.territory(siren));
        model.addAttribute("view", new EvaluationView(project, pages.names(siren), evaluations.indicators(id),
                evaluations.contributions(id), ProjectAccess.maySteer(user, project),
                project.members().stream().filter(s -> ProjectAccess.mayAnswerFor(user, project, s)).toList()));
        return "project/evaluation";
    }

    @PostMapping("/territoires/{siren}/projets/{id}/evaluation/indicateurs")
    String indicator(@PathVariable String siren, @PathVariable long id, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String unit, @RequestParam(defaultValue = "") String target,
            @RequestParam(defaultValue = "") String actual, RedirectAttributes redirect) {
        pages.project(siren, id);
        return back(projects.act(siren, id, redirect, "evaluation.indicatorAdded",
                () -> evaluations.addIndicator(id, name, unit, target, actual, pages.user())));
    }

    @PostMapping("/territoires/{siren}/projets/{id}/evaluation/apports")
    String contribution(@PathVariable String siren, @PathVariable long id,
            @RequestParam(defaultValue = "") String collectivity, @RequestParam(defaultValue = "") String days,
            @RequestParam(defaultValue = "") String money, @RequestParam(defaultValue = "") String benefit,
            @RequestParam(defaultValue = "") String benefitAmount, RedirectAttributes redirect) {
        pages.project(siren, id);
        return back(projects.act(siren, id, redirect, "evaluation.contributionRecorded",
                () -> evaluations.recordContribution(id, collectivity, days, money, benefit, benefitAmount, pages.user())));
    }

    @PostMapping("/territoires/{siren}/projets/{id}/evaluation/cloture")
    String close(@PathVariable String siren, @PathVariable long id, @RequestParam(defaultValue = "") String review,
            RedirectAttributes redirect) {
        pages.project(siren, id);
        return back(projects.act(siren, id, redirect, "evaluation.closed",
                () -> evaluations.close(id, review, pages.user())));
    }

    private static String back(String projectRedirect) {
        return projectRedirect + "/evaluation";
    }
}
