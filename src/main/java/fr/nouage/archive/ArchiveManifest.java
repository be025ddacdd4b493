package fr.nouage.archive;

import java.time.Instant;
import java.util.Map;

/**
 * What an archive says about itself ({@code manifest.json}).
 *
 * @param format     version of the archive's layout, {@value #FORMAT} for this one
 * @param siren      SIREN of the territory (its EPCI)
 * @param exportedAt when the archive was written
 * @param appVersion version of Nouage that wrote it
 * @param rows       number of rows of each table
 * @param files      number of stored files (documents)
 */
public record ArchiveManifest(int format, String siren, Instant exportedAt, String appVersion, Map<String, Integer> rows,
        int files) {

    /** The layout this version of Nouage writes and reads. */
    public static final int FORMAT = 1;

    /** Number of rows of every table together. */
    public long totalRows() {
        return rows.values().stream().mapToLong(Integer::longValue).sum();
    }
}
