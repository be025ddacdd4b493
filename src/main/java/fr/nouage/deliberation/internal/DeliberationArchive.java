package fr.nouage.deliberation.internal;

import static fr.nouage.archive.ArchiveTable.Missing.EMPTY;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import fr.nouage.account.CurrentUser;
import fr.nouage.account.NouageUser;
import fr.nouage.account.Role;
import fr.nouage.deliberation.DeliberationProperties;
import fr.nouage.archive.ArchiveTable;
import fr.nouage.archive.TerritoryArchivePart;

/**
 * Deliberation in a territory's archive: positions and their history, amended texts, decisions,
 * speaking turns, consultations with their options and answers, and the anonymous remarks. The
 * remarks travel without any author: participation is exported as random values that only keep
 * the number of people who answered.
 *
 * <p>An archive never carries what its reader could not read on the page: the text of a box of
 * remarks is exported only when enough people answered
 * ({@code nouage.deliberation.remarks-visible-from}) and only to a reader who may read it on the
 * page (the coordinator, or the facilitator of the territory); the admin's archive holds none.
 */
@Component
class DeliberationArchive implements TerritoryArchivePart {

    private final DeliberationProperties properties;

    DeliberationArchive(DeliberationProperties properties) {
        this.properties = properties;
    }

    private static final String OF_ITEMS = """
             join agenda_item i on i.id = x.agenda_item_id join meeting m on m.id = i.meeting_id
            where m.territory_siren = :siren""";
    private static final String OF_CONSULTATIONS = " join consultation c on c.id = x.consultation_id where c.territory_siren = :siren";
    private static final String OF_MEETINGS = " join meeting m on m.id = x.meeting_id where m.territory_siren = :siren";

    @Override
    public String name() {
        return "deliberation";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public List<ArchiveTable> tables() {
        return List.of(
                ArchiveTable.of("item_position", "select x.* from item_position x" + OF_ITEMS + " order by x.id")
                        .generatedId("id").references("agenda_item_id", "agenda_item")
                        .references("spoken_by_account", "account", EMPTY),
                ArchiveTable.of("item_position_history", "select x.* from item_position_history x" + OF_ITEMS + " order by x.id")
                        .generatedId("id").references("agenda_item_id", "agenda_item"),
                ArchiveTable.of("item_amendment", "select x.* from item_amendment x" + OF_ITEMS + " order by x.id")
                        .generatedId("id").references("agenda_item_id", "agenda_item")
                        .references("answers_position_id", "item_position", EMPTY),
                ArchiveTable.of("item_decision", "select x.* from item_decision x" + OF_ITEMS + " order by x.agenda_item_id")
                        .references("agenda_item_id", "agenda_item"),
                ArchiveTable.of("speaking_turn", "select x.* from speaking_turn x" + OF_ITEMS + " order by x.id")
                        .generatedId("id").references("agenda_item_id", "agenda_item")
                        .references("speaker_account", "account", EMPTY),
                ArchiveTable.of("consultation", "select * from consultation where territory_siren = :siren order by id")
                        .generatedId("id").references("opened_by_account", "account", EMPTY),
                ArchiveTable.of("consultation_option", "select x.* from consultation_option x" + OF_CONSULTATIONS + " order by x.id")
                        .generatedId("id").references("consultation_id", "consultation"),
                ArchiveTable.of("consultation_answer", "select x.* from consultation_answer x" + OF_CONSULTATIONS + " order by x.id")
                        .generatedId("id").references("consultation_id", "consultation")
                        .references("answered_by_account", "account", EMPTY),
                ArchiveTable.of("consultation_answer_value", """
                        select x.* from consultation_answer_value x join consultation_answer a on a.id = x.answer_id
                        join consultation c on c.id = a.consultation_id where c.territory_siren = :siren
                        order by x.answer_id, x.option_id""")
                        .references("answer_id", "consultation_answer").references("option_id", "consultation_option"),
                ArchiveTable.of("remark_participation", "select x.* from remark_participation x" + OF_MEETINGS
                        + " order by x.meeting_id, x.participant_hash")
                        .references("meeting_id", "meeting").randomized("participant_hash"),
                ArchiveTable.of("anonymous_remark", "select x.* from anonymous_remark x" + OF_MEETINGS
                        + " and (select count(*) from remark_participation p where p.meeting_id = x.meeting_id) >= "
                        + properties.remarksVisibleFrom() + " and " + remarksReadableBy(CurrentUser.get())
                        + " order by x.id")
                        .references("meeting_id", "meeting"));
    }

    /**
     * The condition on the meeting {@code m} under which the reader may read its remarks on the page
     * ({@link fr.nouage.meeting.MeetingAccess#mayFacilitate}); nobody signed in reads none.
     */
    static String remarksReadableBy(Optional<NouageUser> reader) {
        if (reader.isEmpty()) {
            return "1 = 0";
        }
        if (reader.get().has(Role.COORDINATOR)) {
            return "1 = 1";
        }
        List<String> facilitated = reader.get().roles().stream()
                .filter(r -> r.role() == Role.FACILITATOR && r.territorySiren() != null
                        && r.territorySiren().matches("[0-9]{9}"))
                .map(r -> "'" + r.territorySiren() + "'").distinct().toList();
        return facilitated.isEmpty() ? "1 = 0" : "m.territory_siren in (" + String.join(", ", facilitated) + ")";
    }
}
