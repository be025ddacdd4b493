package fr.nouage.project;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.nouage.territory.Collectivity;
import fr.nouage.territory.SizeClass;

/**
 * Who pilots what in a portfolio, the seed's vigilance point on spreading pilotage between the EPCI
 * and the communes.
 *
 * @param byMode         number of projects per pilotage mode (every mode present, 0 included)
 * @param byLead         number of projects each collectivité leads (alone or with others), by SIREN
 * @param communesBySize for projects piloted by one commune, how many per size class of that commune
 */
public record PilotageShare(int projects, Map<Pilotage, Integer> byMode, Map<String, Integer> byLead,
        Map<SizeClass, Integer> communesBySize) {

    /** The figures of a portfolio, given the territory's collectivités. */
    public static PilotageShare of(List<Project> projects, List<Collectivity> collectivities) {
        Map<Pilotage, Integer> byMode = new EnumMap<>(Pilotage.class);
        for (Pilotage p : Pilotage.values()) {
            byMode.put(p, 0);
        }
        Map<SizeClass, Integer> bySize = new EnumMap<>(SizeClass.class);
        for (SizeClass s : SizeClass.values()) {
            bySize.put(s, 0);
        }
        Map<String, Integer> byLead = new LinkedHashMap<>();
        Map<String, Collectivity> known = new LinkedHashMap<>();
        collectivities.forEach(c -> known.put(c.siren(), c));
        for (Project project : projects) {
            byMode.merge(project.pilotage(), 1, Integer::sum);
            project.leads().forEach(lead -> byLead.merge(lead, 1, Integer::sum));
            if (project.pilotage() == Pilotage.COMMUNE && known.containsKey(project.leads().get(0))) {
                bySize.merge(known.get(project.leads().get(0)).sizeClass(), 1, Integer::sum);
            }
        }
        return new PilotageShare(projects.size(), byMode, byLead, bySize);
    }

    /** Projects led by the EPCI, alone or with communes. */
    public int ledByEpci(List<Collectivity> collectivities) {
        return collectivities.stream().filter(Collectivity::isEpci).mapToInt(c -> byLead.getOrDefault(c.siren(), 0)).sum();
    }
}
