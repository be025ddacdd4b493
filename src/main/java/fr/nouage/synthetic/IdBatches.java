package fr.nouage.synthetic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Batched inserts with ids assigned here (so that children can point to their parents without a
 * round trip), and identity columns moved past them at the end.
 */
final class IdBatches implements RowSink {

    private static final int BATCH = 2_000;

    private final JdbcTemplate jdbc;
    private final Map<String, Long> nextIds = new HashMap<>();
    private final Map<String, String> sqlByTable = new HashMap<>();
    private final Map<String, List<Object[]>> pending = new HashMap<>();
    private final List<String> order = new ArrayList<>();
    private long rows;

    IdBatches(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Declares a table and the columns written (the first one the id when the table has one).
     * Declare parents before children: rows are written in that order.
     */
    @Override
    public void table(String table, boolean identity, String... columns) {
        String placeholders = String.join(", ", java.util.Collections.nCopies(columns.length, "?"));
        sqlByTable.put(table, "insert into " + table + " (" + String.join(", ", columns) + ") values (" + placeholders + ")");
        pending.put(table, new ArrayList<>());
        order.add(table);
        if (identity) {
            Long max = jdbc.queryForObject("select coalesce(max(id), 0) from " + table, Long.class);
            nextIds.put(table, max + 1);
        }
    }

    @Override
    public long nextId(String table) {
        long id = nextIds.get(table);
        nextIds.put(table, id + 1);
        return id;
    }

    @Override
    public void add(String table, Object... values) {
        List<Object[]> rowsOfTable = pending.get(table);
        rowsOfTable.add(values);
        if (rowsOfTable.size() >= BATCH) {
            flushAll();
        }
    }

    /** Writes every pending row, parents (tables declared first) before children. */
    void flushAll() {
        order.forEach(this::flush);
    }

    private void flush(String table) {
        List<Object[]> rowsOfTable = pending.get(table);
        if (!rowsOfTable.isEmpty()) {
            jdbc.batchUpdate(sqlByTable.get(table), rowsOfTable);
            rows += rowsOfTable.size();
            rowsOfTable.clear();
        }
    }

    /** Moves every identity column past the ids given here. */
    void restartIdentities() {
        nextIds.forEach((table, next) -> jdbc.execute("alter table " + table + " alter column id restart with " + next));
    }

    long rowsWritten() {
        return rows;
    }
}
