package fr.nouage.territory.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import fr.nouage.territory.Collectivity;
import fr.nouage.territory.CollectivityKind;
import fr.nouage.territory.geography.GeographySnapshot.Commune;
import fr.nouage.territory.geography.GeographySnapshot.Epci;

/**
 * Brings a territory's collectivités in line with the official geography: new members are added,
 * names and populations updated, and communes that left or merged are kept but marked inactive, so
 * that everything the collective recorded about them stays attached.
 */
@Component
public class TerritorySynchronizer {

    private final TerritoryRepository territories;

    TerritorySynchronizer(TerritoryRepository territories) {
        this.territories = territories;
    }

    /**
     * @param epci          the EPCI as in the new geography
     * @param members       its actual member communes
     * @param communesByCode every commune of the new geography, to find what a vanished one merged into
     */
    public void synchronize(Epci epci, List<Commune> members, Map<String, Commune> communesByCode) {
        territories.rename(epci.siren(), epci.name(), epci.kind());
        int population = members.stream().mapToInt(Commune::population).sum();
        territories.upsertCollectivity(new Collectivity(epci.siren(), null, epci.name(), CollectivityKind.EPCI,
                population, epci.siren(), true));
        for (Commune member : members) {
            territories.upsertCollectivity(new Collectivity(member.siren(), member.inseeCode(), member.name(),
                    CollectivityKind.COMMUNE, member.population(), epci.siren(), true));
        }
        Set<String> expected = members.stream().map(Commune::siren).collect(Collectors.toSet());
        for (Collectivity existing : territories.collectivities(epci.siren())) {
            if (existing.kind() == CollectivityKind.COMMUNE && existing.active()
                    && !expected.contains(existing.siren())) {
                Commune now = communesByCode.get(existing.inseeCode());
                String mergedInto = now != null && !now.isActual() ? now.chiefTown() : null;
                territories.deactivate(existing.siren(), mergedInto);
            }
        }
    }
}
