package fr.nouage.synthetic;

/** Where generated rows go: the database in batches, or a list in tests. */
interface RowSink {

    /** Declares a table and its columns, parents before children; the first column is the id when {@code identity}. */
    void table(String table, boolean identity, String... columns);

    long nextId(String table);

    void add(String table, Object... values);
}
