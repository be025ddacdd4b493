package fr.nouage.platform.cache;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
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
 * A number that moves whenever data may have changed: after each transaction of this instance that
 * wrote to the database (at once), and when another instance sharing the database did (within the
 * shared check interval, a quarter of a second by default). A value computed from the database is
 * still true while the generation read before computing it is the current one.
 *
 * <p>Every writing transaction also moves the shared counter ({@code write_generation}), after its
 * commit; this instance reads that counter in the background. Writes to the web session store are
 * not data and move nothing (see {@link WriteWatchingDataSource}).
 */
@Component
public class WriteGeneration implements DisposableBean {

    static final String SHARED_TABLE = "write_generation";
    static final long NOT_MOVED = Long.MIN_VALUE;
    private static final Logger LOG = LoggerFactory.getLogger(WriteGeneration.class);

    private final AtomicLong generation = new AtomicLong();
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

    /** The current generation. */
    public long current() {
        return generation.get();
    }

    /**
     * Data written by this instance has been committed, and the shared counter moved to {@code
     * shared} ({@link #moveShared}): every value kept before is forgotten. The next check of the
     * shared counter does not take this instance's own move for another instance's write.
     */
    void written(long shared) {
        synchronized (this) {
            if (shared != NOT_MOVED && shared == sharedSeen + 1) {
                sharedSeen = shared;
            }
        }
        moved();
    }

    private void moved() {
        readCaches.invalidateAll();
        generation.incrementAndGet();
    }

    /**
     * Moves the shared counter on a connection whose transaction has just committed, or in
     * auto-commit, in a transaction of its own; answers its new value ({@link #NOT_MOVED} if it
     * could not be moved, e.g. while the schema is being migrated: other instances then see the write
     * within the time to live of what they keep).
     */
    static long moveShared(Connection connection) {
        try {
            boolean autoCommit = connection.getAutoCommit();
            if (autoCommit) {
                connection.setAutoCommit(false);
            }
            long moved = NOT_MOVED;
            try (PreparedStatement update = connection.prepareStatement(
                    "update " + SHARED_TABLE + " set n = n + 1 where id = 1");
                    PreparedStatement select = connection.prepareStatement(
                            "select n from " + SHARED_TABLE + " where id = 1")) {
                update.executeUpdate();
                try (ResultSet row = select.executeQuery()) {
                    moved = row.next() ? row.getLong(1) : NOT_MOVED;
                }
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

    /** Reads the shared counter; a change (or a failed reading) means another instance may have written. */
    void checkShared() {
        long shared;
        try (Connection connection = dataSource.getObject().getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select n from " + SHARED_TABLE + " where id = 1");
                ResultSet row = select.executeQuery()) {
            shared = row.next() ? row.getLong(1) : NOT_MOVED;
        } catch (SQLException | RuntimeException e) {
            LOG.debug("Shared write counter not read", e);
            shared = NOT_MOVED + 1;
        }
        boolean changed;
        synchronized (this) {
            changed = shared != sharedSeen;
            sharedSeen = shared;
        }
        if (changed) {
            moved();
        }
    }

    @Override
    public synchronized void destroy() {
        if (checker != null) {
            checker.shutdownNow();
        }
    }
}
