package fr.nouage.platform.cache;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Numbers that move whenever data may have changed: one for each territory, moved by the writes made
 * for that territory alone ({@link WriteScope}), and one for everything, moved by any other write. A
 * value computed from a territory's data is still true while {@link #current(String)} read before
 * computing it is unchanged. They move after each transaction of this instance that wrote to the
 * database (at once), and when another instance sharing the database did (within the shared check
 * interval, a quarter of a second by default).
 *
 * <p>Every writing transaction also moves the shared counter ({@code write_generation}) after its
 * commit, and records in {@code write_scope} the counter's value for the territory it wrote for (or
 * {@code *}); this instance reads the counter in the background, and which scopes moved when it
 * moves. Writes to the web session store and to the event registry are not data and move nothing
 * (see {@link WriteWatchingDataSource}).
 */
@Component
public class WriteGeneration implements DisposableBean {

    static final String SHARED_TABLE = "write_generation";
    static final String SCOPE_TABLE = "write_scope";
    static final String EVERY_TERRITORY = "*";
    static final long NOT_MOVED = Long.MIN_VALUE;
    /** The shared counter as seen when it cannot be read: whatever happens meanwhile, all has moved. */
    private static final long UNREADABLE = NOT_MOVED + 1;
    private static final Logger LOG = LoggerFactory.getLogger(WriteGeneration.class);

    /** Counts every move: the value of a territory, or of everything, is the count at its last move. */
    private final AtomicLong clock = new AtomicLong();
    private final AtomicLong everything = new AtomicLong();
    private final Map<String, Long> territories = new ConcurrentHashMap<>();
    private final ObjectProvider<DataSource> dataSource;
    private final ReadCaches readCaches;
    private final Duration sharedCheck;
    private ScheduledExecutorService checker;
    private long sharedSeen = NOT_MOVED;

    WriteGeneration(ObjectProvider<DataSource> dataSource, ReadCaches readCaches,
            @Value("${nouage.cache.shared-check:PT0.25S}") Duration sharedCheck) {
        this.dataSource = dataSource;
        this.readCaches = readCaches;
        this.sharedCheck = sharedCheck;
    }

    /** The current generation of all data: it moves at every write. */
    public long current() {
        return clock.get();
    }

    /**
     * The current generation of a territory's data: it moves at every write made for that territory
     * alone or for every territory ({@code null}: of all data, as {@link #current()}).
     */
    public long current(String territory) {
        if (territory == null) {
            return clock.get();
        }
        long all = everything.get();
        Long own = territories.get(territory);
        return own == null ? all : Math.max(all, own);
    }

    /**
     * Data written by this instance for {@code territory} ({@code null}: for all) has been
     * committed, and the shared counter moved to {@code shared} ({@link #moveShared}): every value
     * kept from that data before is forgotten. The next check of the shared counter does not take
     * this instance's own move for another instance's write.
     */
    void written(String territory, long shared) {
        synchronized (this) {
            if (shared != NOT_MOVED && shared == sharedSeen + 1) {
                sharedSeen = shared;
            }
        }
        moved(territory);
    }

    private void moved(String territory) {
        readCaches.invalidateAll();
        long now = clock.incrementAndGet();
        if (territory == null) {
            everything.accumulateAndGet(now, Math::max);
            // older than everything: no longer needed to tell a territory's generation
            territories.values().removeIf(last -> last <= now);
        } else {
            territories.merge(territory, now, Math::max);
        }
    }

    /**
     * Moves the shared counter on a connection whose transaction has just committed, or in
     * auto-commit, in a transaction of its own, and records its value for the territory written for
     * ({@code null}: every territory); answers its new value ({@link #NOT_MOVED} if it could not be
     * moved, e.g. while the schema is being migrated: other instances then see the write within the
     * time to live of what they keep). The counter's row stays locked until the commit, so the scopes
     * are recorded in the order of the counter.
     */
    static long moveShared(Connection connection, String territory) {
        try {
            boolean autoCommit = connection.getAutoCommit();
            if (autoCommit) {
                connection.setAutoCommit(false);
            }
            long moved = NOT_MOVED;
            try {
                moved = moveSharedInTransaction(connection, territory == null ? EVERY_TERRITORY : territory);
                connection.commit();
            } catch (SQLException e) {
                LOG.debug("Shared write counter not moved", e);
                connection.rollback();
                moved = NOT_MOVED;
            } finally {
                if (autoCommit) {
                    connection.setAutoCommit(true);
                }
            }
            return moved;
        } catch (SQLException e) {
            LOG.debug("Shared write counter not moved", e);
            return NOT_MOVED;
        }
    }

    private static long moveSharedInTransaction(Connection connection, String scope) throws SQLException {
        long moved;
        try (PreparedStatement update = connection.prepareStatement(
                "update " + SHARED_TABLE + " set n = n + 1 where id = 1");
                PreparedStatement select = connection.prepareStatement(
                        "select n from " + SHARED_TABLE + " where id = 1")) {
            update.executeUpdate();
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return NOT_MOVED;
                }
                moved = row.getLong(1);
            }
        }
        try (PreparedStatement record = connection.prepareStatement(
                "update " + SCOPE_TABLE + " set n = ? where scope = ?")) {
            record.setLong(1, moved);
            record.setString(2, scope);
            if (record.executeUpdate() == 0) {
                try (PreparedStatement first = connection.prepareStatement(
                        "insert into " + SCOPE_TABLE + " (scope, n) values (?, ?)")) {
                    first.setString(1, scope);
                    first.setLong(2, moved);
                    first.executeUpdate();
                }
            }
        }
        return moved;
    }

    /** Starts reading the shared counter once the schema is migrated and the application ready. */
    @EventListener(ApplicationReadyEvent.class)
    synchronized void startSharedCheck() {
        if (checker != null || sharedCheck.isZero()) {
            return;
        }
        checker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "nouage-write-generation");
            thread.setDaemon(true);
            return thread;
        });
        long millis = Math.max(1, sharedCheck.toMillis());
        checker.scheduleWithFixedDelay(this::checkShared, 0, millis, TimeUnit.MILLISECONDS);
    }

    /**
     * Reads the shared counter; when it moved, the scopes written since move here. A failed reading,
     * or a move without a recorded scope, moves everything.
     */
    void checkShared() {
        try (Connection connection = dataSource.getObject().getConnection()) {
            long shared = sharedCounter(connection);
            long since;
            synchronized (this) {
                if (shared == sharedSeen) {
                    return;
                }
                since = sharedSeen;
                sharedSeen = shared;
            }
            if (since < 0 || shared < since) {
                moved(null);
                return;
            }
            List<String> scopes = scopesSince(connection, since);
            if (scopes.isEmpty() || scopes.contains(EVERY_TERRITORY)) {
                moved(null);
            } else {
                scopes.forEach(this::moved);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.debug("Shared write counter not read", e);
            boolean first;
            synchronized (this) {
                first = sharedSeen != UNREADABLE;
                sharedSeen = UNREADABLE;
            }
            if (first) {
                moved(null);
            }
        }
    }

    private static long sharedCounter(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select n from " + SHARED_TABLE + " where id = 1");
                ResultSet row = select.executeQuery()) {
            return row.next() ? row.getLong(1) : UNREADABLE;
        }
    }

    private static List<String> scopesSince(Connection connection, long since) throws SQLException {
        List<String> scopes = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select scope from " + SCOPE_TABLE + " where n > ?")) {
            select.setLong(1, since);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    scopes.add(rows.getString(1));
                }
            }
        }
        return scopes;
    }

    @Override
    public synchronized void destroy() {
        if (checker != null) {
            checker.shutdownNow();
        }
    }
}
