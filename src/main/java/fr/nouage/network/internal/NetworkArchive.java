package fr.nouage.network.internal;

import static fr.nouage.archive.ArchiveTable.Missing.EMPTY;
import static fr.nouage.archive.ArchiveTable.Missing.SKIP_ROW;

import java.util.List;

import org.springframework.stereotype.Component;

import fr.nouage.archive.ArchiveTable;
import fr.nouage.archive.TerritoryArchivePart;

/**
 * Networks in a territory's archive: the networks (their bodies come with the meetings), their
 * documents (bytes included), their referents (accounts come with the accounts) and the exchanges.
 * Comes after projects.
 */
@Component
class NetworkArchive implements TerritoryArchivePart {

    private static final String OF_NETWORKS = " join network n on n.id = x.network_id where n.territory_siren = :siren";

    @Override
    public String name() {
        return "network";
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public List<ArchiveTable> tables() {
        return List.of(
                ArchiveTable.of("network", "select * from network where territory_siren = :siren order by id")
                        .generatedId("id").references("body_id", "body", EMPTY),
                ArchiveTable.of("network_document", "select x.* from network_document x" + OF_NETWORKS + " order by x.id")
                        .generatedId("id").references("network_id", "network"),
                ArchiveTable.of("network_referent", "select x.* from network_referent x" + OF_NETWORKS
                        + " order by x.network_id, x.collectivity_siren").references("network_id", "network")
                        .references("account_id", "account", SKIP_ROW),
                ArchiveTable.of("network_exchange", "select * from network_exchange where territory_siren = :siren order by id")
                        .generatedId("id"));
    }
}
