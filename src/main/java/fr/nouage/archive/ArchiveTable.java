package fr.nouage.archive;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One table in a territory archive: the query that selects the territory's rows (with the named
 * parameter {@code :siren}), and how its rows are written back into another instance: generated ids
 * are given anew, references to rows of other tables follow them, rows may be matched with rows
 * already there (accounts by e-mail).
 *
 * <p>Every column named {@code territory_siren} (or the column given to {@link #scopedBy}) must hold
 * the archive's territory on import, so that an archive cannot write into another territory.
 */
public final class ArchiveTable {

    /** What becomes of a row whose reference names a row that is not in the archive. */
    public enum Missing {
        /** The archive is refused: the reference must be there. */
        REFUSE,
        /** The reference is emptied (an author who is no member of the territory). */
        EMPTY,
        /** The row is left out (the membership of an account that did not travel). */
        SKIP_ROW
    }

    /** A column holding the id of a row of {@code table}. */
    record Reference(String table, Missing missing) {
    }

    private final String name;
    private final String select;
    private String generatedId;
    private String scopeColumn = "territory_siren";
    private boolean refusedWhenPresent;
    private final Map<String, Reference> references = new LinkedHashMap<>();
    private final List<String> matchedBy = new ArrayList<>();
    private final Map<String, Object> insertedWith = new LinkedHashMap<>();
    private final Set<String> randomized = new LinkedHashSet<>();
    private Predicate<Map<String, Object>> accepts = row -> true;

    private ArchiveTable(String name, String select) {
        if (!name.matches("[a-z_]{1,60}")) {
            throw new IllegalArgumentException("table name " + name);
        }
        this.name = name;
        this.select = select;
    }

    /**
     * A table of the archive.
     *
     * @param name   the table's name
     * @param select the query of the territory's rows, with {@code :siren}, ordered so that a row
     *               comes after the rows of the same table it refers to
     */
    public static ArchiveTable of(String name, String select) {
        return new ArchiveTable(name, select);
    }

    /** The column whose value the database generates (given anew on import, references follow). */
    public ArchiveTable generatedId(String column) {
        this.generatedId = column;
        return this;
    }

    /** A column holding the id of a row of {@code table} that must be in the archive. */
    public ArchiveTable references(String column, String table) {
        references.put(column, new Reference(table, Missing.REFUSE));
        return this;
    }

    /** A column holding the id of a row of {@code table}, with what to do when it is not in the archive. */
    public ArchiveTable references(String column, String table, Missing missing) {
        references.put(column, new Reference(table, missing));
        return this;
    }

    /** A row with the same values in these columns is reused instead of inserted (accounts by e-mail). */
    public ArchiveTable matchedBy(String... columns) {
        matchedBy.addAll(List.of(columns));
        return this;
    }

    /** A value written on import whatever the archive says (an account created disabled). */
    public ArchiveTable insertedWith(String column, Object value) {
        insertedWith.put(column, value);
        return this;
    }

    /** A column exported as a random value: it keeps rows distinct without linking them to anyone. */
    public ArchiveTable randomized(String column) {
        randomized.add(column);
        return this;
    }

    /** The column that names the territory, when it is not {@code territory_siren}. */
    public ArchiveTable scopedBy(String column) {
        this.scopeColumn = column;
        return this;
    }

    /** Import is refused when the target already holds a row of the territory in this table. */
    public ArchiveTable refusedWhenPresent() {
        this.refusedWhenPresent = true;
        return this;
    }

    /** A check of each row before it is written; a row that fails it refuses the archive. */
    public ArchiveTable accepting(Predicate<Map<String, Object>> check) {
        this.accepts = check;
        return this;
    }

    String name() {
        return name;
    }

    String select() {
        return select;
    }

    String generatedIdColumn() {
        return generatedId;
    }

    String scopeColumn() {
        return scopeColumn;
    }

    boolean isRefusedWhenPresent() {
        return refusedWhenPresent;
    }

    Map<String, Reference> referenceColumns() {
        return Collections.unmodifiableMap(references);
    }

    List<String> matchColumns() {
        return Collections.unmodifiableList(matchedBy);
    }

    Map<String, Object> fixedValues() {
        return Collections.unmodifiableMap(insertedWith);
    }

    Set<String> randomizedColumns() {
        return Collections.unmodifiableSet(randomized);
    }

    boolean accepts(Map<String, Object> row) {
        return accepts.test(row);
    }
}
