package fr.nouage.diagnostic.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import fr.nouage.archive.ArchiveTable;
import fr.nouage.archive.TerritoryArchivePart;

/** The diagnostic in a territory's archive: the imports of commuting flows and the flows kept. */
@Component
class DiagnosticArchive implements TerritoryArchivePart {

    @Override
    public String name() {
        return "diagnostic";
    }

    @Override
    public int order() {
        return 85;
    }

    @Override
    public List<ArchiveTable> tables() {
        return List.of(
                ArchiveTable.of("diag_flow_import",
                        "select * from diag_flow_import where territory_siren = :siren order by vintage"),
                ArchiveTable.of("diag_flow", """
                        select * from diag_flow where territory_siren = :siren
                        order by vintage, origin, destination"""));
    }
}
