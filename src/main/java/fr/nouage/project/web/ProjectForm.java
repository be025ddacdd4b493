package fr.nouage.project.web;

import java.util.ArrayList;
import java.util.List;

import fr.nouage.platform.RefusedOperation.Reason;
import fr.nouage.project.Handover;
import fr.nouage.project.ProjectException;
import fr.nouage.territory.Collectivity;

/**
 * The values of the form to start a project, as typed. Handovers of alternating pilotage are typed
 * one a line, {@code yyyy-MM-dd name of the collectivité} (or its SIREN).
 */
public record ProjectForm(String title, String purpose, String publicPolicy, String usersConcerned, String pilotage,
        String phase, List<String> leads, List<String> members, String startsOn, String endsOn, String handovers) {

    static List<Handover> handovers(String typed, List<Collectivity> collectivities) {
        List<Handover> result = new ArrayList<>();
        if (typed == null) {
            return result;
        }
        for (String line : typed.split("\\R")) {
            String text = line.strip();
            if (text.isEmpty()) {
                continue;
            }
            int space = text.indexOf(' ');
            if (space < 0) {
                throw new ProjectException(Reason.INVALID, "project.error.handoverLine", text);
            }
            String who = text.substring(space + 1).strip();
            String siren = collectivities.stream().filter(c -> c.siren().equals(who) || c.name().equalsIgnoreCase(who))
                    .map(Collectivity::siren).findFirst()
                    .orElseThrow(() -> new ProjectException(Reason.INVALID, "project.error.handoverLine", text));
            result.add(new Handover(ProjectPages.date(text.substring(0, space)), siren));
        }
        return result;
    }
}
