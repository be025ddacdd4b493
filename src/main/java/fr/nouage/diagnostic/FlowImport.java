package fr.nouage.diagnostic;

import java.time.Instant;

/**
 * An import of commuting flows for a territory.
 *
 * @param vintage   year of the census the flows come from ({@code NBFLUX_C22_…} is 2022)
 * @param format    the official layout read
 * @param flows     lines of the file kept (those that touch a commune of the territory)
 * @param skipped   lines skipped because a commune code is unknown to the official geography
 * @param firstSkippedLine the number of the first line skipped, 0 when none
 */
public record FlowImport(int vintage, FlowFormat format, int flows, int skipped, long firstSkippedLine,
        String fileName, Instant importedAt, String importedBy) {
}
