package fr.nouage.territory.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import fr.nouage.territory.geography.GeographySnapshot.Commune;
import fr.nouage.territory.geography.GeographySnapshot.Epci;
import fr.nouage.territory.geography.GeographyStore;

/** Creates many territories with batched statements, from the geography in place. */
@Component
public class BulkTerritoryCreator {

    private static final int BATCH = 1_000;

    private final JdbcTemplate jdbc;
    private final GeographyStore geography;
    private final TerritoryRepository territories;

    BulkTerritoryCreator(JdbcTemplate jdbc, GeographyStore geography, TerritoryRepository territories) {
        this.jdbc = jdbc;
        this.geography = geography;
        this.territories = territories;
    }

    public int createAll(Collection<String> epciSirens, Instant now) {
        Set<String> wanted = new HashSet<>(epciSirens);
        wanted.removeAll(territories.allSirens());
        if (wanted.isEmpty()) {
            return 0;
        }
        var snapshot = geography.load();
        var communes = snapshot.communesByCode();
        Set<String> existingCollectivities = new HashSet<>(jdbc.queryForList("select siren from collectivity", String.class));
        List<Object[]> territoryRows = new ArrayList<>();
        List<Object[]> collectivityRows = new ArrayList<>();
        for (Epci epci : snapshot.epcis()) {
            if (!wanted.contains(epci.siren())) {
                continue;
            }
            territoryRows.add(new Object[] {epci.siren(), epci.name(), epci.kind(), Timestamp.from(now)});
            int population = 0;
            for (String code : epci.memberCodes()) {
                Commune c = communes.get(code);
                population += c.population();
                if (existingCollectivities.add(c.siren())) {
                    collectivityRows.add(new Object[] {c.siren(), epci.siren(), "COMMUNE", c.inseeCode(), c.name(),
                            c.population()});
                }
            }
            if (existingCollectivities.add(epci.siren())) {
                collectivityRows.add(new Object[] {epci.siren(), epci.siren(), "EPCI", null, epci.name(), population});
            }
        }
        batch("insert into territory (siren, name, kind, created_at) values (?, ?, ?, ?)", territoryRows);
        batch("""
                insert into collectivity (siren, territory_siren, kind, insee_code, name, population, active)
                values (?, ?, ?, ?, ?, ?, true)""", collectivityRows);
        return territoryRows.size();
    }

    private void batch(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
    }
}
