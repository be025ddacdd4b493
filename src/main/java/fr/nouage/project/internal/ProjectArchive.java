package fr.nouage.project.internal;

import static fr.nouage.archive.ArchiveTable.Missing.EMPTY;

import java.util.List;

import org.springframework.stereotype.Component;

import fr.nouage.archive.ArchiveTable;
import fr.nouage.archive.TerritoryArchivePart;

/**
 * Projects in a territory's archive: the portfolio, its members and handovers, phases, milestones,
 * documents (bytes included), reviews by the collective, conventions with their parties and frozen
 * shares, indicators and contributions. Comes after meetings (the steering committees are bodies,
 * the reviews are agenda items).
 */
@Component
class ProjectArchive implements TerritoryArchivePart {

    private static final String OF_PROJECTS = " join project p on p.id = x.project_id where p.territory_siren = :siren";

    @Override
    public String name() {
        return "project";
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public List<ArchiveTable> tables() {
        return List.of(
                ArchiveTable.of("project", "select * from project where territory_siren = :siren order by id")
                        .generatedId("id").references("steering_body_id", "body", EMPTY),
                ArchiveTable.of("project_member", "select x.* from project_member x" + OF_PROJECTS
                        + " order by x.project_id, x.collectivity_siren").references("project_id", "project"),
                ArchiveTable.of("project_handover", "select x.* from project_handover x" + OF_PROJECTS + " order by x.id")
                        .generatedId("id").references("project_id", "project"),
                ArchiveTable.of("project_phase", "select x.* from project_phase x" + OF_PROJECTS
                        + " order by x.project_id, x.phase").references("project_id", "project"),
                ArchiveTable.of("project_milestone", "select x.* from project_milestone x" + OF_PROJECTS + " order by x.id")
                        .generatedId("id").references("project_id", "project"),
                ArchiveTable.of("project_document", "select x.* from project_document x" + OF_PROJECTS + " order by x.id")
                        .generatedId("id").references("project_id", "project"),
                ArchiveTable.of("project_review", "select x.* from project_review x" + OF_PROJECTS + " order by x.id")
                        .generatedId("id").references("project_id", "project").references("meeting_id", "meeting")
                        .references("item_id", "agenda_item"),
                ArchiveTable.of("agreement", "select * from agreement where territory_siren = :siren order by id")
                        .generatedId("id").references("project_id", "project"),
                ArchiveTable.of("agreement_party", """
                        select x.* from agreement_party x join agreement a on a.id = x.agreement_id
                        where a.territory_siren = :siren order by x.agreement_id, x.collectivity_siren""")
                        .references("agreement_id", "agreement"),
                ArchiveTable.of("project_indicator", "select x.* from project_indicator x" + OF_PROJECTS + " order by x.id")
                        .generatedId("id").references("project_id", "project"),
                ArchiveTable.of("project_contribution", "select x.* from project_contribution x" + OF_PROJECTS
                        + " order by x.project_id, x.collectivity_siren").references("project_id", "project"));
    }
}
