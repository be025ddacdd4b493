package fr.nouage.meeting.internal;

import static fr.nouage.archive.ArchiveTable.Missing.EMPTY;
import static fr.nouage.archive.ArchiveTable.Missing.SKIP_ROW;

import java.util.List;

import org.springframework.stereotype.Component;

import fr.nouage.archive.ArchiveTable;
import fr.nouage.archive.TerritoryArchivePart;

/**
 * Meetings in a territory's archive: bodies and their members, élus' sittings and their items,
 * the collective's meetings with their agendas, documents (bytes included), attendance,
 * convocations and actions. Private calendar feeds and convocation acknowledgement links do not
 * travel: they are secrets of the instance that gave them, to be asked for again.
 */
@Component
class MeetingArchive implements TerritoryArchivePart {

    private static final String OF_MEETINGS = " join meeting m on m.id = x.meeting_id where m.territory_siren = :siren";

    @Override
    public String name() {
        return "meeting";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public List<ArchiveTable> tables() {
        return List.of(
                ArchiveTable.of("body", "select * from body where territory_siren = :siren order by id").generatedId("id"),
                ArchiveTable.of("body_member", """
                        select x.* from body_member x join body b on b.id = x.body_id where b.territory_siren = :siren
                        order by x.body_id, x.account_id""")
                        .references("body_id", "body").references("account_id", "account", SKIP_ROW),
                ArchiveTable.of("elected_session", "select * from elected_session where territory_siren = :siren order by id")
                        .generatedId("id").references("body_id", "body"),
                ArchiveTable.of("session_item", """
                        select x.* from session_item x join elected_session s on s.id = x.session_id
                        where s.territory_siren = :siren order by x.id""")
                        .generatedId("id").references("session_id", "elected_session"),
                ArchiveTable.of("meeting", "select * from meeting where territory_siren = :siren order by id")
                        .generatedId("id").references("body_id", "body")
                        .references("upstream_session_id", "elected_session", EMPTY),
                ArchiveTable.of("agenda_item", "select x.* from agenda_item x" + OF_MEETINGS + " order by x.id")
                        .generatedId("id").references("meeting_id", "meeting")
                        .references("proposed_by_account", "account", EMPTY)
                        .references("session_item_id", "session_item", EMPTY),
                ArchiveTable.of("agenda_document", """
                        select x.* from agenda_document x join agenda_item i on i.id = x.item_id
                        join meeting m on m.id = i.meeting_id where m.territory_siren = :siren order by x.id""")
                        .generatedId("id").references("item_id", "agenda_item"),
                ArchiveTable.of("attendance", "select x.* from attendance x" + OF_MEETINGS
                        + " order by x.meeting_id, x.collectivity_siren").references("meeting_id", "meeting"),
                ArchiveTable.of("convocation", "select x.* from convocation x" + OF_MEETINGS + " order by x.id")
                        .generatedId("id").references("meeting_id", "meeting")
                        .references("account_id", "account", SKIP_ROW)
                        // an acknowledgement link is a secret of this instance: it does not travel
                        .randomized("ack_token_hash"),
                ArchiveTable.of("action_item", "select * from action_item where territory_siren = :siren order by id")
                        .generatedId("id").references("meeting_id", "meeting")
                        .references("agenda_item_id", "agenda_item", EMPTY));
    }
}
