package fr.nouage.archive;

import java.util.List;

/**
 * A module's share of a territory archive: the tables the module owns, declared where the module
 * keeps its SQL. Implemented once per module (as a Spring bean in its internal package); the
 * archive writes and reads every part's tables without knowing the modules.
 */
public interface TerritoryArchivePart {

    /** Short stable name of the part, its folder in the archive, e.g. {@code meeting}. */
    String name();

    /**
     * Rank of the part on import: a part whose rows others refer to comes first (territory 10,
     * accounts 20, rules 30, meetings 40, deliberation 50, charter 60).
     */
    int order();

    /** The part's tables, each after the tables its rows refer to. */
    List<ArchiveTable> tables();
}
