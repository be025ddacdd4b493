package fr.nouage.observatory.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import fr.nouage.archive.ArchiveTable;
import fr.nouage.archive.TerritoryArchivePart;

/**
 * The observatory in a territory's archive: its barometer waves with their anonymous answers and
 * scores. The snapshot of the path is not archived: it is recomputed from the other modules' rows.
 */
@Component
class ObservatoryArchive implements TerritoryArchivePart {

    @Override
    public String name() {
        return "observatory";
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public List<ArchiveTable> tables() {
        return List.of(
                ArchiveTable.of("barometer_wave", "select * from barometer_wave where territory_siren = :siren order by id")
                        .generatedId("id"),
                ArchiveTable.of("barometer_answer", """
                        select x.* from barometer_answer x join barometer_wave w on w.id = x.wave_id
                        where w.territory_siren = :siren order by x.id""").generatedId("id")
                        .references("wave_id", "barometer_wave"),
                ArchiveTable.of("barometer_score", """
                        select x.* from barometer_score x join barometer_answer a on a.id = x.answer_id
                        join barometer_wave w on w.id = a.wave_id where w.territory_siren = :siren
                        order by x.answer_id, x.threshold""").references("answer_id", "barometer_answer"));
    }
}
