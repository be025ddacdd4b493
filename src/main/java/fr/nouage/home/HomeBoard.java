package fr.nouage.home;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What awaits a user, territory by territory.
 *
 * @param territories one block per territory the user works in or follows
 * @param unread      the user's unread notifications
 */
public record HomeBoard(List<TerritoryBlock> territories, int unread) {

    /** How the user stands in a territory, which decides what the block shows. */
    public enum Standing {
        DIRECTOR, ELECTED, FACILITATOR, COORDINATOR
    }

    /**
     * One territory's block.
     *
     * @param collectivityName the collectivité the user acts for (directors), {@code null} otherwise
     * @param attention        what needs attention in the territory (facilitator and coordinator)
     */
    public record TerritoryBlock(String siren, String name, Standing standing, String collectivityName,
            List<MeetingLine> meetings, List<ItemLine> positions, List<ConsultationLine> consultations,
            List<ActionLine> actions, List<DocumentLine> lateDocuments, List<SittingLine> sittings,
            Attention attention) {

        /** Whether nothing awaits the user in this territory. */
        public boolean quiet() {
            return meetings.isEmpty() && positions.isEmpty() && consultations.isEmpty() && actions.isEmpty()
                    && lateDocuments.isEmpty() && sittings.isEmpty() && (attention == null || attention.quiet());
        }
    }

    /** Where the convocation of the user's collectivité to a meeting stands. */
    public enum ConvocationState {
        /** The agenda is still open: the convocation goes out when it freezes. */
        NOT_YET_SENT,
        SENT,
        ACKNOWLEDGED,
        /** The user is not convened (élu, facilitator, coordinator). */
        NONE
    }

    /** A meeting to come. {@code agendaFreezesAt} is set while the agenda is open. */
    public record MeetingLine(long id, Instant startsAt, String place, Instant agendaFreezesAt, int items,
            ConvocationState convocation, Instant acknowledgedAt) {
    }

    /** An item that asks for a position the user's collectivité has not given. */
    public record ItemLine(long meetingId, long itemId, String title, Instant meetingStartsAt, boolean decision) {
    }

    /** An open consultation; {@code answered} whether the user's collectivité answered. */
    public record ConsultationLine(long id, String title, Instant closesAt, boolean closingSoon, boolean answered,
            int answers, int collectivities) {
    }

    /** An action of the user's collectivité (or, for the facilitator, of any) due soon or late. */
    public record ActionLine(String title, String ownerName, LocalDate dueOn, boolean late) {
    }

    /** A document added to an item of a meeting to come after its convocation went out. */
    public record DocumentLine(long meetingId, long itemId, String itemTitle, String fileName, Instant uploadedAt) {
    }

    /** A sitting of the élus to come, with the technical opinions forwarded to it. */
    public record SittingLine(long id, String bodyName, Instant startsAt, long opinions) {
    }

    /**
     * What needs the attention of whoever follows the territory.
     *
     * @param minutesToPublish held meetings whose minutes are not published yet
     * @param lateActions      actions past their due day
     * @param openConsultations consultations open
     */
    public record Attention(int minutesToPublish, Long oldestUnpublishedMeeting, int lateActions,
            int openConsultations) {

        public boolean quiet() {
            return minutesToPublish == 0 && lateActions == 0 && openConsultations == 0;
        }
    }
}
