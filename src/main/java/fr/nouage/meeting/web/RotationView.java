package fr.nouage.meeting.web;

import java.util.List;

import fr.nouage.meeting.RotationTurn;
import fr.nouage.territory.Collectivity;

/**
 * A year's rota of the collective's meetings.
 *
 * @param rows     one per collectivité taking turns
 * @param meetings how many meetings the year counts (planned ones included, cancelled ones not)
 * @param next     the next turn the rotation proposes, {@code null} for a past year
 * @param rotation whether the rules in force make hosting and facilitation rotate
 */
public record RotationView(int year, List<Row> rows, int meetings, RotationTurn next, boolean rotation) {

    /** How many meetings a collectivité hosted and facilitated in the year. */
    public record Row(Collectivity collectivity, int hosted, int facilitated) {
    }

    /** The gap between the collectivités that hosted most and least. */
    public int hostingGap() {
        return rows.isEmpty() ? 0 : rows.stream().mapToInt(Row::hosted).max().orElse(0)
                - rows.stream().mapToInt(Row::hosted).min().orElse(0);
    }

    public boolean proposedHost(Row row) {
        return next != null && row.collectivity().siren().equals(next.hostSiren());
    }

    public boolean proposedFacilitator(Row row) {
        return next != null && row.collectivity().siren().equals(next.facilitatorSiren());
    }

    /** The name of the proposed host or facilitator, an empty text for none. */
    public String name(String siren) {
        return rows.stream().filter(r -> r.collectivity().siren().equals(siren)).map(r -> r.collectivity().name())
                .findFirst().orElse("");
    }
}
