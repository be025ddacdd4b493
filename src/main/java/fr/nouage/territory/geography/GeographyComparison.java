package fr.nouage.territory.geography;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import fr.nouage.territory.geography.GeographyChanges.Change;
import fr.nouage.territory.geography.GeographySnapshot.Commune;
import fr.nouage.territory.geography.GeographySnapshot.Epci;

/** Compares the geography in place with a new vintage. */
public final class GeographyComparison {

    private GeographyComparison() {
    }

    public static GeographyChanges compare(GeographySnapshot current, GeographySnapshot next) {
        int epciCount = next.epcis().size();
        int communeCount = (int) next.actualCommuneCount();
        if (current.isEmpty()) {
            return new GeographyChanges(true, epciCount, communeCount, List.of(), List.of(), List.of(),
                    List.of(), List.of(), List.of(), List.of(), List.of());
        }
        Map<String, Commune> before = current.communesByCode();
        Map<String, Commune> after = next.communesByCode();
        List<Change> added = new ArrayList<>();
        List<Change> merged = new ArrayList<>();
        List<Change> removed = new ArrayList<>();
        List<Change> population = new ArrayList<>();
        List<Change> renamed = new ArrayList<>();
        List<Change> moved = new ArrayList<>();
        for (Commune now : after.values()) {
            Commune was = before.get(now.inseeCode());
            if (!now.isActual()) {
                continue;
            }
            if (was == null || !was.isActual()) {
                added.add(new Change(now.inseeCode(), now.name(), "", String.valueOf(now.population())));
                continue;
            }
            if (was.population() != now.population()) {
                population.add(new Change(now.inseeCode(), now.name(), String.valueOf(was.population()),
                        String.valueOf(now.population())));
            }
            if (!was.name().equals(now.name())) {
                renamed.add(new Change(now.inseeCode(), now.name(), was.name(), now.name()));
            }
            if (!Objects.equals(was.epciSiren(), now.epciSiren())) {
                moved.add(new Change(now.inseeCode(), now.name(), nullToBlank(was.epciSiren()),
                        nullToBlank(now.epciSiren())));
            }
        }
        for (Commune was : before.values()) {
            if (!was.isActual()) {
                continue;
            }
            Commune now = after.get(was.inseeCode());
            if (now != null && now.isActual()) {
                continue;
            }
            if (now != null && now.chiefTown() != null && after.containsKey(now.chiefTown())) {
                merged.add(new Change(was.inseeCode(), was.name(), "", now.chiefTown()));
            } else {
                removed.add(new Change(was.inseeCode(), was.name(), "", ""));
            }
        }
        Map<String, Epci> epcisBefore = current.epcisBySiren();
        Map<String, Epci> epcisAfter = next.epcisBySiren();
        List<Change> newEpcis = epcisAfter.values().stream().filter(e -> !epcisBefore.containsKey(e.siren()))
                .map(e -> new Change(e.siren(), e.name(), "", e.kind())).toList();
        List<Change> removedEpcis = epcisBefore.values().stream().filter(e -> !epcisAfter.containsKey(e.siren()))
                .map(e -> new Change(e.siren(), e.name(), e.kind(), "")).toList();
        return new GeographyChanges(false, epciCount, communeCount, sorted(added), sorted(merged),
                sorted(removed), sorted(population), sorted(renamed), sorted(moved), sorted(newEpcis),
                sorted(removedEpcis));
    }

    private static List<Change> sorted(List<Change> changes) {
        return changes.stream().sorted(Comparator.comparing(Change::code)).toList();
    }

    private static String nullToBlank(String s) {
        return s == null ? "" : s;
    }
}
