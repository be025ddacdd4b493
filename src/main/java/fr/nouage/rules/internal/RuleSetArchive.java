package fr.nouage.rules.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import fr.nouage.archive.ArchiveTable;
import fr.nouage.archive.TerritoryArchivePart;

/** The rules in force over time in a territory's archive. */
@Component
class RuleSetArchive implements TerritoryArchivePart {

    @Override
    public String name() {
        return "rules";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<ArchiveTable> tables() {
        return List.of(ArchiveTable.of("rule_set", "select * from rule_set where territory_siren = :siren order by id")
                .generatedId("id"));
    }
}
