package fr.nouage.territory.geography;

import java.util.List;

/**
 * What a new vintage of the official geography changes compared with the one in place.
 *
 * @param initial whether nothing was in place before (the counts then describe the whole import)
 */
public record GeographyChanges(boolean initial, int epciCount, int communeCount,
        List<Change> newCommunes, List<Change> mergedCommunes, List<Change> removedCommunes,
        List<Change> populationChanges, List<Change> renamedCommunes, List<Change> movedCommunes,
        List<Change> newEpcis, List<Change> removedEpcis) {

    /**
     * One change, described by the code it concerns, a label and the values before and after
     * (which may be blank).
     */
    public record Change(String code, String name, String before, String after) {
    }

    public boolean isEmpty() {
        return !initial && newCommunes.isEmpty() && mergedCommunes.isEmpty() && removedCommunes.isEmpty()
                && populationChanges.isEmpty() && renamedCommunes.isEmpty() && movedCommunes.isEmpty()
                && newEpcis.isEmpty() && removedEpcis.isEmpty();
    }
}
