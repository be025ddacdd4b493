package fr.nouage.territory.geography;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.nouage.territory.geography.GeographySnapshot.Commune;
import fr.nouage.territory.geography.GeographySnapshot.Epci;
import fr.nouage.territory.internal.TerritoryRepository;
import fr.nouage.territory.internal.TerritorySynchronizer;

/**
 * Applies a vintage of the official geography in one transaction: either everything (reference
 * tables and every territory's collectivités) changes, or nothing does.
 */
@Service
public class GeographyImporter {

    private final GeographyStore store;
    private final TerritoryRepository territories;
    private final TerritorySynchronizer synchronizer;

    GeographyImporter(GeographyStore store, TerritoryRepository territories, TerritorySynchronizer synchronizer) {
        this.store = store;
        this.territories = territories;
        this.synchronizer = synchronizer;
    }

    /**
     * Compares {@code next} with the geography in place and, if anything differs, replaces it and
     * updates every territory. Importing the same vintage twice changes nothing.
     *
     * @return what changed; {@link GeographyChanges#isEmpty()} when nothing did
     */
    @Transactional
    public GeographyChanges apply(GeographySnapshot next) {
        GeographyChanges changes = GeographyComparison.compare(store.load(), next);
        if (changes.isEmpty()) {
            return changes;
        }
        store.replace(next);
        Map<String, Commune> byCode = next.communesByCode();
        Map<String, Epci> epcis = next.epcisBySiren();
        for (String siren : territories.allSirens()) {
            Epci epci = epcis.get(siren);
            if (epci != null) {
                List<Commune> members = epci.memberCodes().stream().map(byCode::get).collect(Collectors.toList());
                synchronizer.synchronize(epci, members, byCode);
            }
        }
        return changes;
    }
}
