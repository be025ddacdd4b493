package fr.nouage.project.web;

import java.util.List;
import java.util.Map;

import fr.nouage.project.Phase;
import fr.nouage.project.PhasePlan;
import fr.nouage.project.Pilotage;
import fr.nouage.project.PilotageShare;
import fr.nouage.project.Project;
import fr.nouage.territory.Collectivity;

/**
 * The portfolio page: the projects kept by the filters, their planned phases for the timeline, the
 * share of pilotage of the whole portfolio.
 */
public record PortfolioView(List<Project> projects, int total, Map<Long, List<PhasePlan>> phases,
        List<Collectivity> collectivities, Map<String, String> names, Phase phase, Pilotage pilotage,
        String collectivity, PilotageShare share, boolean mayCreate) {

    /** The plan of a phase of a project, {@code null} when not planned. */
    public PhasePlan plan(long projectId, Phase phase) {
        return phases.getOrDefault(projectId, List.of()).stream().filter(p -> p.phase() == phase).findFirst().orElse(null);
    }

    public String name(String siren) {
        return names.getOrDefault(siren, siren);
    }

    /** The leads' names, joined. */
    public String leads(Project project) {
        return String.join(", ", project.leads().stream().map(this::name).toList());
    }

    public String day(java.time.LocalDate date) {
        return ProjectPages.day(date);
    }

    public boolean filtered() {
        return phase != null || pilotage != null || (collectivity != null && !collectivity.isBlank());
    }

    /** Projects led by the EPCI (alone or with communes). */
    public int ledByEpci() {
        return share.ledByEpci(collectivities);
    }
}
