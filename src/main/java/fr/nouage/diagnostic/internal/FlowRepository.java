package fr.nouage.diagnostic.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.nouage.diagnostic.FlowFormat;
import fr.nouage.diagnostic.FlowImport;
import fr.nouage.diagnostic.Interdependence.Flow;
import fr.nouage.diagnostic.internal.FlowFileReader.Pair;

/** The commuting flows kept per territory and vintage. */
@Repository
public class FlowRepository {

    private static final int BATCH = 1_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    FlowRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Replaces the flows of that vintage for the territory; the caller holds the transaction. */
    public void replace(String territorySiren, FlowImport done, Map<Pair, BigDecimal> flows) {
        jdbc.sql("delete from diag_flow where territory_siren = ? and vintage = ?").params(territorySiren, done.vintage())
                .update();
        jdbc.sql("delete from diag_flow_import where territory_siren = ? and vintage = ?")
                .params(territorySiren, done.vintage()).update();
        jdbc.sql("""
                insert into diag_flow_import (territory_siren, vintage, format, lines_kept, lines_skipped, first_skipped,
                file_name, imported_at, imported_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(territorySiren, done.vintage(), done.format().name(), done.flows(), done.skipped(),
                        done.firstSkippedLine(), done.fileName(), Timestamp.from(done.importedAt()), done.importedBy())
                .update();
        List<Object[]> rows = new ArrayList<>(flows.size());
        flows.forEach((pair, flow) -> rows.add(new Object[] {territorySiren, done.vintage(), pair.origin(),
                pair.destination(), flow.setScale(8, java.math.RoundingMode.HALF_UP)}));
        String sql = "insert into diag_flow (territory_siren, vintage, origin, destination, flow) values (?, ?, ?, ?, ?)";
        for (int from = 0; from < rows.size(); from += BATCH) {
            template.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
    }

    /** The imports of a territory, the latest vintage first. */
    public List<FlowImport> imports(String territorySiren) {
        return jdbc.sql("""
                select vintage, format, lines_kept, lines_skipped, first_skipped, file_name, imported_at, imported_by
                from diag_flow_import where territory_siren = ? order by vintage desc""").param(territorySiren)
                .query((rs, n) -> new FlowImport(rs.getInt(1), FlowFormat.valueOf(rs.getString(2)), rs.getInt(3),
                        rs.getInt(4), rs.getLong(5), rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getString(8)))
                .list();
    }

    public Optional<Integer> latestVintage(String territorySiren) {
        return jdbc.sql("select max(vintage) from diag_flow_import where territory_siren = ?").param(territorySiren)
                .query(Integer.class).optional();
    }

    public List<Flow> flows(String territorySiren, int vintage) {
        return jdbc.sql("""
                select origin, destination, flow from diag_flow where territory_siren = ? and vintage = ?
                order by origin, destination""").params(territorySiren, vintage)
                .query((rs, n) -> new Flow(rs.getString(1), rs.getString(2), rs.getBigDecimal(3))).list();
    }

}
