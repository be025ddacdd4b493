package fr.nouage.archive;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Territory archives: writes one territory's rows from every module (and its documents) into a zip,
 * and recreates a territory from such a zip on another instance. Each module declares its tables
 * with a {@link TerritoryArchivePart}.
 */
@Service
public class TerritoryArchives {

    private final List<TerritoryArchivePart> parts;
    private final JdbcClient jdbc;
    private final PlatformTransactionManager transactions;
    private final ArchiveProperties properties;
    private final String appVersion;
    private final Clock clock;

    TerritoryArchives(List<TerritoryArchivePart> parts, JdbcClient jdbc, PlatformTransactionManager transactions,
            ArchiveProperties properties, ObjectProvider<BuildProperties> build, Clock clock) {
        this.parts = sorted(parts);
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.properties = properties;
        BuildProperties info = build.getIfAvailable();
        String implementation = TerritoryArchives.class.getPackage().getImplementationVersion();
        this.appVersion = info != null ? info.getVersion() : implementation != null ? implementation : "dev";
        this.clock = clock;
    }

    /** What an import did. */
    public record ImportReport(ArchiveManifest manifest, Map<String, Integer> rows, Map<String, Integer> matched) {

        /** Rows of a table written or matched. */
        public int rows(String table) {
            return rows.getOrDefault(table, 0);
        }

        /** Rows of a table that matched a row already there (accounts found by e-mail). */
        public int matched(String table) {
            return matched.getOrDefault(table, 0);
        }
    }

    /** Whether this instance holds the territory. */
    public boolean holds(String siren) {
        return ArchiveLoader.present(siren, parts, jdbc);
    }

    /**
     * Writes the archive of a territory, from one consistent snapshot of the database.
     *
     * @throws ArchiveRefusedException when this instance does not hold the territory
     */
    public ArchiveManifest export(String siren, OutputStream out) {
        TransactionTemplate snapshot = new TransactionTemplate(transactions);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        return snapshot.execute(status -> {
            if (!holds(siren)) {
                throw new ArchiveRefusedException("archive.error.unknownTerritory", siren);
            }
            return ArchiveWriter.write(siren, parts, jdbc, appVersion, clock.instant(), out);
        });
    }

    /**
     * Recreates the territory of an archive. Everything is checked before anything is written,
     * and the rows are written in one transaction: a refusal leaves this instance unchanged.
     *
     * @throws ArchiveRefusedException for a file that is no archive of this format, breaks the
     *                                 limits, or names a territory this instance holds already
     */
    public ImportReport importArchive(Path file) {
        return importArchive(file, jdbc, new TransactionTemplate(transactions));
    }

    /** The same import into the database of {@code db}, inside the transactions of {@code transaction}. */
    ImportReport importArchive(Path file, JdbcClient db, TransactionTemplate transaction) {
        try (SafeZip zip = SafeZip.open(file, properties)) {
            ArchiveManifest manifest = ArchiveLoader.manifest(zip, parts);
            return transaction.execute(status -> {
                if (ArchiveLoader.present(manifest.siren(), parts, db)) {
                    throw new ArchiveRefusedException("archive.error.exists", manifest.siren());
                }
                ArchiveLoader loader = new ArchiveLoader(parts, db, zip, manifest);
                return new ImportReport(manifest, loader.load(), loader.matched());
            });
        } catch (DataAccessException e) {
            throw new ArchiveRefusedException("archive.error.conflict", e);
        }
    }

    /** The same export from the database of {@code db} (tests of another database). */
    ArchiveManifest export(String siren, JdbcClient db, OutputStream out) {
        return ArchiveWriter.write(siren, parts, db, appVersion, clock.instant(), out);
    }

    /** Largest archive file accepted. */
    public DataSize maxSize() {
        return properties.maxSize();
    }

    private static List<TerritoryArchivePart> sorted(List<TerritoryArchivePart> parts) {
        Set<String> names = new HashSet<>();
        for (TerritoryArchivePart part : parts) {
            if (!part.name().matches("[a-z_]{1,60}") || !names.add(part.name())) {
                throw new IllegalStateException("archive part name " + part.name());
            }
            part.tables().forEach(t -> {
                if (!names.add("table:" + t.name())) {
                    throw new IllegalStateException("table " + t.name() + " in two archive parts");
                }
            });
        }
        return parts.stream().sorted(Comparator.comparingInt(TerritoryArchivePart::order)).toList();
    }
}
