package fr.nouage.deliberation.web;

import java.util.List;
import java.util.Map;

import fr.nouage.deliberation.Amendment;
import fr.nouage.deliberation.Decision;
import fr.nouage.deliberation.ItemDistribution;
import fr.nouage.deliberation.ObjectionStatus;
import fr.nouage.deliberation.Position;
import fr.nouage.deliberation.Stance;
import fr.nouage.meeting.AgendaItem;
import fr.nouage.meeting.Meeting;
import fr.nouage.rules.DecisionMode;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territory;

/**
 * The deliberation page of an item.
 *
 * @param quorum       collectivités required for a decision under the rules of the meeting's day
 * @param rows         one row per active collectivité, with its current position if any
 * @param own          the collectivités the user speaks for in this territory (usually one, none for
 *                     a facilitator or an élu)
 * @param mayOrganise  whether the user leads the deliberation: answers objections and records the
 *                     decision ({@link fr.nouage.meeting.MeetingAccess#mayLeadDeliberation})
 * @param closed       whether a decision closed the item
 * @param typed        the values of the refused form, as typed
 */
public record DeliberationView(Territory territory, Meeting meeting, AgendaItem item, DecisionMode mode, int quorum,
        List<Row> rows, List<Amendment> amendments, List<Position> history, Decision decision,
        ItemDistribution distribution, List<Collectivity> own, boolean mayOrganise, boolean closed,
        Map<String, String> names, Map<String, String> typed, FormError error, SpeakersView speakers) {

    /** A collectivité and its current position, {@code null} before it spoke. */
    public record Row(Collectivity collectivity, Position position) {
    }

    public String name(String siren) {
        return siren == null ? "" : names.getOrDefault(siren, siren);
    }

    /** A value of the refused form, or the empty text. */
    public String typed(String field) {
        return typed.getOrDefault(field, "");
    }

    /** The current position of one of the user's collectivités, {@code null} if none. */
    public Position positionOf(String siren) {
        return rows.stream().filter(r -> r.collectivity().siren().equals(siren)).map(Row::position)
                .filter(p -> p != null).findFirst().orElse(null);
    }

    /** The stance to select in the user's position form: as typed, else the current one. */
    public String stanceChosen(String siren) {
        if (typed.containsKey("stance")) {
            return typed.get("stance");
        }
        Position p = positionOf(siren);
        return p == null ? "" : p.stance().name();
    }

    /** The argument to show in the user's position form: as typed, else the current one. */
    public String argumentShown(String siren) {
        if (typed.containsKey("argument")) {
            return typed.get("argument");
        }
        Position p = positionOf(siren);
        return p == null || p.argument() == null ? "" : p.argument();
    }

    /** Objections still open, that block a decision by consent. */
    public List<Position> openObjections() {
        return rows.stream().map(Row::position).filter(p -> p != null && p.openObjection()).toList();
    }

    /** The names of the collectivités whose objection is open, separated by commas. */
    public String openObjectionNames() {
        return String.join(", ", openObjections().stream().map(p -> name(p.collectivitySiren())).toList());
    }

    /** Objections of the item, whatever their status. */
    public List<Position> objections() {
        return rows.stream().map(Row::position).filter(p -> p != null && p.stance() == Stance.OBJECTION).toList();
    }

    /** Whether the collectivité's objection may be withdrawn by its director (open or answered). */
    public boolean withdrawable(String siren) {
        Position p = positionOf(siren);
        return p != null && p.stance() == Stance.OBJECTION && p.objectionStatus() != ObjectionStatus.WITHDRAWN;
    }

    /** The amended text answering an objection, {@code null} if none. */
    public Amendment answerTo(long positionId) {
        return amendments.stream().filter(a -> a.answersPositionId() != null && a.answersPositionId() == positionId)
                .reduce((first, second) -> second).orElse(null);
    }

    /** Number of collectivités that expressed a position. */
    public long expressed() {
        return rows.stream().filter(r -> r.position() != null).count();
    }
}
