package fr.nouage.charter.internal;

import static fr.nouage.archive.ArchiveTable.Missing.EMPTY;

import java.util.List;

import org.springframework.stereotype.Component;

import fr.nouage.archive.ArchiveTable;
import fr.nouage.archive.TerritoryArchivePart;

/**
 * The charter in a territory's archive: versions with their articles, amendments and adoptions,
 * and the pactes de gouvernance with their text and the municipal councils' opinions.
 */
@Component
class CharterArchive implements TerritoryArchivePart {

    @Override
    public String name() {
        return "charter";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public List<ArchiveTable> tables() {
        return List.of(
                ArchiveTable.of("charter_version", "select * from charter_version where territory_siren = :siren order by id")
                        .generatedId("id"),
                ArchiveTable.of("charter_article", """
                        select x.* from charter_article x join charter_version v on v.id = x.version_id
                        where v.territory_siren = :siren order by x.id""")
                        .generatedId("id").references("version_id", "charter_version"),
                ArchiveTable.of("charter_amendment", "select * from charter_amendment where territory_siren = :siren order by id")
                        .generatedId("id").references("base_version_id", "charter_version")
                        .references("meeting_id", "meeting", EMPTY).references("agenda_item_id", "agenda_item", EMPTY)
                        .references("proposed_by_account", "account", EMPTY)
                        .references("result_version_id", "charter_version", EMPTY),
                ArchiveTable.of("charter_adoption", """
                        select x.* from charter_adoption x join charter_version v on v.id = x.version_id
                        where v.territory_siren = :siren order by x.version_id, x.collectivity_siren""")
                        .references("version_id", "charter_version").references("adopted_by_account", "account", EMPTY),
                ArchiveTable.of("governance_pact", "select * from governance_pact where territory_siren = :siren order by id")
                        .generatedId("id"),
                ArchiveTable.of("governance_pact_opinion", """
                        select x.* from governance_pact_opinion x join governance_pact p on p.id = x.pact_id
                        where p.territory_siren = :siren order by x.pact_id, x.commune_siren""")
                        .references("pact_id", "governance_pact"));
    }
}
