package fr.nouage.territory.geography;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;

import fr.nouage.territory.geography.ImportProgress.Step;

/**
 * Runs imports of the official geography, in the background for uploads (their progress can be
 * followed) or at once for the snapshot shipped with Nouage.
 */
@Service
public class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    private final OfficialGeographyReader reader;
    private final GeographyImporter importer;
    private final ImportLog importLog;
    private final TaskExecutor executor;
    private final Clock clock;
    private final Map<Long, ImportProgress> running = new ConcurrentHashMap<>();

    ImportJobs(OfficialGeographyReader reader, GeographyImporter importer, ImportLog importLog,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor, Clock clock) {
        this.reader = reader;
        this.importer = importer;
        this.importLog = importLog;
        this.executor = executor;
        this.clock = clock;
    }

    /** Starts importing uploaded files in the background and returns the import's id at once. */
    public long start(byte[] epciFile, byte[] communesFile, String source, String startedBy) {
        long id = importLog.started(source, startedBy, clock.instant());
        update(id, source, Step.READING, 5, null);
        executor.execute(() -> run(id, source, () -> new ByteArrayInputStream(epciFile),
                () -> new ByteArrayInputStream(communesFile)));
        return id;
    }

    /** Imports at once (used for the snapshot shipped with Nouage); returns the finished progress. */
    public ImportProgress runNow(Supplier<InputStream> epciFile, Supplier<InputStream> communesFile,
            String source, String startedBy) {
        long id = importLog.started(source, startedBy, clock.instant());
        run(id, source, epciFile, communesFile);
        return progress(id).orElseThrow();
    }

    private void run(long id, String source, Supplier<InputStream> epciFile, Supplier<InputStream> communesFile) {
        long startedAt = System.nanoTime();
        try {
            update(id, source, Step.READING, 10, null);
            GeographySnapshot snapshot;
            try (InputStream epci = epciFile.get(); InputStream communes = communesFile.get()) {
                snapshot = reader.read(epci, communes);
            }
            update(id, source, Step.WRITING, 50, null);
            GeographyChanges changes = importer.apply(snapshot);
            importLog.finished(id, changes, clock.instant());
            log.info("Geography import {} from {}: {} EPCI, {} communes, {} in {} ms", id, source, changes.epciCount(),
                    changes.communeCount(), changes.isEmpty() ? "unchanged" : "applied",
                    (System.nanoTime() - startedAt) / 1_000_000);
        } catch (GeographyFormatException e) {
            importLog.failed(id, e.messageKey(), e.arguments(), clock.instant());
            log.warn("Geography import {} refused: {}", id, e.getMessage());
        } catch (Exception e) {
            importLog.failed(id, "geography.error.unexpected", new Object[0], clock.instant());
            log.error("Geography import {} failed", id, e);
        } finally {
            // once finished, an import is read from the log, as every instance sharing the database reads it
            running.remove(id);
        }
    }

    private void update(long id, String source, Step step, int percent, GeographyChanges changes) {
        running.put(id, new ImportProgress(id, source, step, percent, clock.instant(), changes, null, new Object[0]));
    }

    /** Progress of an import running on this instance, or its record once finished (or run elsewhere). */
    public Optional<ImportProgress> progress(long id) {
        ImportProgress live = running.get(id);
        return live != null ? Optional.of(live) : importLog.find(id);
    }

    /** The most recent imports, newest first. */
    public List<ImportProgress> recent() {
        return importLog.recent(10);
    }
}
