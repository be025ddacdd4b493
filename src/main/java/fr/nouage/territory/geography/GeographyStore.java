package fr.nouage.territory.geography;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.nouage.territory.geography.GeographySnapshot.Commune;
import fr.nouage.territory.geography.GeographySnapshot.CommuneStatus;
import fr.nouage.territory.geography.GeographySnapshot.Epci;

/** The official geography in place, as stored in the database. */
@Repository
public class GeographyStore {

    private static final int BATCH = 1_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    GeographyStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public boolean isEmpty() {
        return jdbc.sql("select count(*) from geo_epci").query(Integer.class).single() == 0;
    }

    /** The whole geography in place (empty when nothing was imported yet). */
    public GeographySnapshot load() {
        List<Commune> communes = jdbc.sql("""
                select insee_code, siren, name, status, department, population, epci_siren, chief_town
                from geo_commune""").query((rs, n) -> new Commune(rs.getString(1), rs.getString(2), rs.getString(3),
                CommuneStatus.valueOf(rs.getString(4)), rs.getString(5), rs.getInt(6), rs.getString(7),
                rs.getString(8))).list();
        Map<String, List<String>> members = new HashMap<>();
        for (Commune c : communes) {
            if (c.epciSiren() != null) {
                members.computeIfAbsent(c.epciSiren(), k -> new ArrayList<>()).add(c.inseeCode());
            }
        }
        List<Epci> epcis = jdbc.sql("select siren, name, kind from geo_epci").query((rs, n) -> new Epci(
                rs.getString(1), rs.getString(2), rs.getString(3),
                List.copyOf(members.getOrDefault(rs.getString(1), List.of())))).list();
        return new GeographySnapshot(epcis, communes);
    }

    /** Replaces the geography in place by {@code next}; to be called inside a transaction. */
    public void replace(GeographySnapshot next) {
        template.update("delete from geo_commune");
        template.update("delete from geo_epci");
        List<Object[]> epciRows = next.epcis().stream()
                .map(e -> new Object[] {e.siren(), e.name(), e.kind()}).toList();
        batch("insert into geo_epci (siren, name, kind) values (?, ?, ?)", epciRows);
        List<Object[]> communeRows = next.communes().stream().map(c -> new Object[] {c.inseeCode(), c.siren(),
                c.name(), c.status().name(), c.department(), c.population(), c.epciSiren(), c.chiefTown()})
                .toList();
        batch("""
                insert into geo_commune (insee_code, siren, name, status, department, population, epci_siren, chief_town)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", communeRows);
    }

    private void batch(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            template.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
    }

    /** The INSEE codes of every commune of the geography in place, delegated and associated ones included. */
    public java.util.Set<String> communeCodes() {
        return jdbc.sql("select insee_code from geo_commune").query(String.class).set();
    }

    public Optional<Epci> epci(String siren) {
        List<String> members = jdbc.sql("select insee_code from geo_commune where epci_siren = ? order by insee_code")
                .param(siren).query(String.class).list();
        return jdbc.sql("select siren, name, kind from geo_epci where siren = ?").param(siren)
                .query((rs, n) -> new Epci(rs.getString(1), rs.getString(2), rs.getString(3), members)).optional();
    }

    /** The actual member communes of an EPCI. */
    public List<Commune> members(String epciSiren) {
        return jdbc.sql("""
                select insee_code, siren, name, status, department, population, epci_siren, chief_town
                from geo_commune where epci_siren = ? order by name""").param(epciSiren)
                .query((rs, n) -> new Commune(rs.getString(1), rs.getString(2), rs.getString(3),
                        CommuneStatus.valueOf(rs.getString(4)), rs.getString(5), rs.getInt(6), rs.getString(7),
                        rs.getString(8))).list();
    }

    /** EPCI whose name, SIREN or member department matches {@code query}, for the creation form. */
    public List<EpciChoice> search(String query, int limit) {
        String like = "%" + query.strip().toLowerCase(java.util.Locale.ROOT) + "%";
        return jdbc.sql("""
                select e.siren, e.name, e.kind, count(c.insee_code) communes, coalesce(sum(c.population), 0) population,
                       min(c.department) department, max(case when t.siren is null then 0 else 1 end) created
                from geo_epci e
                join geo_commune c on c.epci_siren = e.siren
                left join territory t on t.siren = e.siren
                where lower(e.name) like :q or e.siren like :q
                group by e.siren, e.name, e.kind
                order by e.name
                limit :limit""").param("q", like).param("limit", limit)
                .query((rs, n) -> new EpciChoice(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getInt(5), rs.getString(6), rs.getInt(7) == 1)).list();
    }

    /** An EPCI offered in the territory creation form. */
    public record EpciChoice(String siren, String name, String kind, int communeCount, int population,
            String department, boolean alreadyCreated) {
    }
}
