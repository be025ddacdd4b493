package fr.nouage.platform.cache;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The application's data source, watching its connections for statements that write data. When a
 * transaction that wrote commits (or a connection in auto-commit that wrote is given back), the
 * shared write counter moves on the same connection and the {@link WriteGeneration} moves: every
 * page or value kept from before is then out of date. A rolled back transaction moves nothing.
 *
 * <p>Statements that only read ({@code select}, {@code values}, {@code show}, {@code explain},
 * {@code set}) are not writes, and neither are writes to the web session store (a page view saves
 * its session without changing any data) nor to the registry of module events (no page shows it).
 * The moves are for the territory the committing thread writes for ({@link WriteScope}).
 */
final class WriteWatchingDataSource extends DelegatingDataSource {

    private static final Set<String> READS = Set.of("select", "values", "show", "explain", "set", "table");
    private static final Set<String> STATEMENT_WRITES = Set.of("execute", "executeUpdate", "executeLargeUpdate",
            "addBatch");

    private final Supplier<WriteGeneration> generation;

    WriteWatchingDataSource(DataSource target, Supplier<WriteGeneration> generation) {
        super(target);
        this.generation = generation;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return watched(obtainTargetDataSource().getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return watched(obtainTargetDataSource().getConnection(username, password));
    }

    private Connection watched(Connection connection) {
        return (Connection) Proxy.newProxyInstance(WriteWatchingDataSource.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new WatchedConnection(connection));
    }

    /** Whether a statement may change data (anything but a reading, the session store excepted). */
    static boolean writes(String sql) {
        if (sql == null) {
            return false;
        }
        String word = firstWord(sql);
        if (READS.contains(word)) {
            return false;
        }
        String lower = sql.toLowerCase(Locale.ROOT);
        if ("with".equals(word) && !(lower.contains("insert") || lower.contains("update")
                || lower.contains("delete") || lower.contains("merge"))) {
            return false;
        }
        return !lower.contains("spring_session") && !lower.contains("event_publication")
                && !lower.contains(WriteGeneration.SHARED_TABLE) && !lower.contains(WriteGeneration.SCOPE_TABLE);
    }

    /** The first keyword of a statement, in lower case, comments and parentheses skipped. */
    static String firstWord(String sql) {
        int i = 0;
        int length = sql.length();
        while (i < length) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c) || c == '(') {
                i++;
            } else if (sql.startsWith("--", i)) {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? length : end + 1;
            } else if (sql.startsWith("/*", i)) {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? length : end + 2;
            } else {
                break;
            }
        }
        int start = i;
        while (i < length && Character.isLetter(sql.charAt(i))) {
            i++;
        }
        return sql.substring(start, i).toLowerCase(Locale.ROOT);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** One connection taken from the pool, until it is given back. */
    private final class WatchedConnection implements InvocationHandler {

        private final Connection connection;
        private boolean wrote;

        WatchedConnection(Connection connection) {
            this.connection = connection;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "prepareStatement", "prepareCall" -> {
                    if (args != null && args[0] instanceof String sql && writes(sql)) {
                        wrote = true;
                    }
                }
                case "createStatement" -> {
                    Statement statement = (Statement) WriteWatchingDataSource.invoke(connection, method, args);
                    return Proxy.newProxyInstance(WriteWatchingDataSource.class.getClassLoader(),
                            new Class<?>[] {Statement.class}, (p, m, a) -> {
                                if (STATEMENT_WRITES.contains(m.getName()) && a != null && a.length > 0
                                        && a[0] instanceof String sql && writes(sql)) {
                                    wrote = true;
                                }
                                return WriteWatchingDataSource.invoke(statement, m, a);
                            });
                }
                case "commit" -> {
                    connection.commit();
                    if (wrote) {
                        movedAfterCommit();
                    }
                    return null;
                }
                case "rollback" -> {
                    if (args == null) {
                        wrote = false;
                    }
                }
                case "setAutoCommit" -> {
                    // switching auto-commit on commits the transaction running
                    boolean committing = wrote && Boolean.TRUE.equals(args[0]) && !connection.getAutoCommit();
                    connection.setAutoCommit((Boolean) args[0]);
                    if (committing) {
                        movedAfterCommit();
                    }
                    return null;
                }
                case "close" -> {
                    if (wrote) {
                        if (connection.getAutoCommit()) {
                            movedAfterCommit();
                        } else {
                            // given back in a transaction: the pool rolls it back; forget anyway
                            wrote = false;
                            generation.get().written(WriteScope.current(), WriteGeneration.NOT_MOVED);
                        }
                    }
                }
                default -> {
                    // every other call goes to the connection unchanged
                }
            }
            return WriteWatchingDataSource.invoke(connection, method, args);
        }

        /** The writes are committed: the counters move, for the territory the thread writes for. */
        private void movedAfterCommit() {
            wrote = false;
            String territory = WriteScope.current();
            generation.get().written(territory, WriteGeneration.moveShared(connection, territory));
        }
    }
}
