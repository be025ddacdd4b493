package fr.nouage.territory.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import fr.nouage.archive.ArchiveTable;
import fr.nouage.archive.TerritoryArchivePart;

/** The territory in its archive: the territory (with its experience card) and its collectivités. */
@Component
class TerritoryArchive implements TerritoryArchivePart {

    @Override
    public String name() {
        return "territory";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<ArchiveTable> tables() {
        return List.of(
                ArchiveTable.of("territory", "select * from territory where siren = :siren").scopedBy("siren")
                        .refusedWhenPresent(),
                ArchiveTable.of("collectivity", "select * from collectivity where territory_siren = :siren order by siren"));
    }
}
