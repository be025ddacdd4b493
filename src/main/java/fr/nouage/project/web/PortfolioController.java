package fr.nouage.project.web;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.nouage.account.NouageUser;
import fr.nouage.project.Handover;
import fr.nouage.project.Phase;
import fr.nouage.project.Pilotage;
import fr.nouage.project.PilotageShare;
import fr.nouage.project.Project;
import fr.nouage.project.ProjectAccess;
import fr.nouage.project.ProjectException;
import fr.nouage.project.ProjectPlans;
import fr.nouage.project.Projects;
import fr.nouage.territory.Territory;

/** The portfolio of a territory's projects, with its filters and timeline, and the form to start a project. */
@Controller
class PortfolioController {

    private final ProjectPages pages;
    private final Projects projects;
    private final ProjectPlans plans;

    PortfolioController(ProjectPages pages, Projects projects, ProjectPlans plans) {
        this.pages = pages;
        this.projects = projects;
        this.plans = plans;
    }

    @GetMapping("/territoires/{siren}/projets")
    String portfolio(@PathVariable String siren, @RequestParam(defaultValue = "") String phase,
            @RequestParam(defaultValue = "") String pilotage, @RequestParam(defaultValue = "") String collectivite,
            Model model) {
        Territory territory = pages.territory(siren);
        Phase chosenPhase = parse(Phase.class, phase);
        Pilotage chosenPilotage = parse(Pilotage.class, pilotage);
        List<Project> all = projects.ofTerritory(siren);
        List<Project> kept = all.stream().filter(p -> chosenPhase == null || p.phase() == chosenPhase)
                .filter(p -> chosenPilotage == null || p.pilotage() == chosenPilotage)
                .filter(p -> collectivite.isBlank() || p.members().contains(collectivite)).toList();
        var members = pages.members(siren);
        model.addAttribute("territory", territory);
        model.addAttribute("view", new PortfolioView(kept, all.size(), plans.phases(kept.stream().map(Project::id).toList()),
                members, pages.names(siren), chosenPhase, chosenPilotage, collectivite, PilotageShare.of(all, members),
                ProjectAccess.mayCreate(pages.user(), siren)));
        return "project/portfolio";
    }

    @GetMapping("/territoires/{siren}/projets/nouveau")
    String form(@PathVariable String siren, Model model) {
        return form(siren, new ProjectForm("", "", "", "", "", Phase.CO_DIAGNOSTIC.name(), List.of(), List.of(), "", "",
                ""), null, model);
    }

    @PostMapping("/territoires/{siren}/projets/nouveau")
    String create(@PathVariable String siren, @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String purpose, @RequestParam(defaultValue = "") String publicPolicy,
            @RequestParam(defaultValue = "") String usersConcerned, @RequestParam(defaultValue = "") String pilotage,
            @RequestParam(defaultValue = "") String phase, @RequestParam(defaultValue = "") List<String> leads,
            @RequestParam(defaultValue = "") List<String> members, @RequestParam(defaultValue = "") String startsOn,
            @RequestParam(defaultValue = "") String endsOn, @RequestParam(defaultValue = "") String handovers,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        pages.territory(siren);
        NouageUser user = pages.user();
        List<String> chosenLeads = leads.stream().filter(s -> !s.isBlank()).toList();
        List<String> chosenMembers = members.stream().filter(s -> !s.isBlank()).toList();
        ProjectForm form = new ProjectForm(title, purpose, publicPolicy, usersConcerned, pilotage, phase, chosenLeads,
                chosenMembers, startsOn, endsOn, handovers);
        try {
            List<Handover> parsedHandovers = ProjectForm.handovers(handovers, pages.members(siren));
            Project project = projects.create(siren, new Projects.NewProject(title, purpose, publicPolicy,
                    usersConcerned, parse(Pilotage.class, pilotage), parse(Phase.class, phase), chosenLeads,
                    chosenMembers, ProjectPages.date(startsOn), ProjectPages.date(endsOn), parsedHandovers), user);
            redirect.addFlashAttribute("notice", "project.created");
            return "redirect:/territoires/" + siren + "/projets/" + project.id();
        } catch (ProjectException e) {
            response.setStatus(e.status());
            return form(siren, form, pages.text(e), model);
        }
    }

    @GetMapping("/territoires/{siren}/projets/{id}/modifier")
    String editForm(@PathVariable String siren, @PathVariable long id, Model model) {
        Project p = steered(siren, id);
        String handovers = projects.handovers(id).stream().map(h -> h.on() + " " + pages.names(siren)
                .getOrDefault(h.collectivitySiren(), h.collectivitySiren())).collect(java.util.stream.Collectors.joining("\n"));
        ProjectForm form = new ProjectForm(p.title(), orEmpty(p.purpose()), orEmpty(p.publicPolicy()),
                orEmpty(p.usersConcerned()), p.pilotage().name(), p.phase().name(), p.leads(),
                p.members().stream().filter(m -> !p.leads().contains(m)).toList(),
                p.startsOn() == null ? "" : p.startsOn().toString(), p.endsOn() == null ? "" : p.endsOn().toString(),
                handovers);
        return editForm(siren, p, form, p.version(), null, model);
    }

    @PostMapping("/territoires/{siren}/projets/{id}/modifier")
    String update(@PathVariable String siren, @PathVariable long id, @RequestParam(required = false) Integer version,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String purpose, @RequestParam(defaultValue = "") String publicPolicy,
            @RequestParam(defaultValue = "") String usersConcerned, @RequestParam(defaultValue = "") String pilotage,
            @RequestParam(defaultValue = "") List<String> leads, @RequestParam(defaultValue = "") List<String> members,
            @RequestParam(defaultValue = "") String startsOn, @RequestParam(defaultValue = "") String endsOn,
            @RequestParam(defaultValue = "") String handovers, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Project p = steered(siren, id);
        List<String> chosenLeads = leads.stream().filter(s -> !s.isBlank()).toList();
        List<String> chosenMembers = members.stream().filter(s -> !s.isBlank()).toList();
        ProjectForm form = new ProjectForm(title, purpose, publicPolicy, usersConcerned, pilotage, p.phase().name(),
                chosenLeads, chosenMembers, startsOn, endsOn, handovers);
        try {
            List<Handover> parsedHandovers = ProjectForm.handovers(handovers, pages.members(siren));
            projects.update(id, version, new Projects.NewProject(title, purpose, publicPolicy, usersConcerned,
                    parse(Pilotage.class, pilotage), p.phase(), chosenLeads, chosenMembers, ProjectPages.date(startsOn),
                    ProjectPages.date(endsOn), parsedHandovers), pages.user());
            redirect.addFlashAttribute("notice", "project.updated");
            return "redirect:/territoires/" + siren + "/projets/" + id;
        } catch (ProjectException e) {
            response.setStatus(e.status());
            return editForm(siren, p, form, version, pages.text(e), model);
        }
    }

    private Project steered(String siren, long id) {
        Project p = pages.project(siren, id);
        if (!ProjectAccess.maySteer(pages.user(), p)) {
            throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.FORBIDDEN);
        }
        return p;
    }

    private String editForm(String siren, Project p, ProjectForm form, Integer version, String error, Model model) {
        model.addAttribute("territory", pages.territory(siren));
        model.addAttribute("form", form);
        model.addAttribute("error", error);
        model.addAttribute("collectivities", pages.members(siren));
        model.addAttribute("projectId", p.id());
        model.addAttribute("version", version);
        return "project/project-form";
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private String form(String siren, ProjectForm form, String error, Model model) {
        Territory territory = pages.territory(siren);
        if (!ProjectAccess.mayCreate(pages.user(), siren)) {
            throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.FORBIDDEN);
        }
        model.addAttribute("territory", territory);
        model.addAttribute("form", form);
        model.addAttribute("error", error);
        model.addAttribute("collectivities", pages.members(siren));
        return "project/project-form";
    }

    static <E extends Enum<E>> E parse(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst().orElse(null);
    }
}
