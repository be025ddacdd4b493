package fr.nouage.territory.geography;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One vintage of the official geography: the EPCI à fiscalité propre with their members and the
 * communes (actual ones, and the delegated or associated ones that record past mergers).
 */
public record GeographySnapshot(List<Epci> epcis, List<Commune> communes) {

    public record Epci(String siren, String name, String kind, List<String> memberCodes) {
    }

    /**
     * @param epciSiren EPCI the commune belongs to, {@code null} for a commune outside any EPCI or
     *                  a delegated/associated one
     * @param chiefTown for a delegated or associated commune, the actual commune it now belongs to
     */
    public record Commune(String inseeCode, String siren, String name, CommuneStatus status,
            String department, int population, String epciSiren, String chiefTown) {

        public boolean isActual() {
            return status == CommuneStatus.ACTUAL;
        }
    }

    public enum CommuneStatus {
        ACTUAL, DELEGATED, ASSOCIATED
    }

    public boolean isEmpty() {
        return epcis.isEmpty();
    }

    public Map<String, Commune> communesByCode() {
        return communes.stream().collect(Collectors.toMap(Commune::inseeCode, Function.identity()));
    }

    public Map<String, Epci> epcisBySiren() {
        return epcis.stream().collect(Collectors.toMap(Epci::siren, Function.identity()));
    }

    public long actualCommuneCount() {
        return communes.stream().filter(Commune::isActual).count();
    }
}
