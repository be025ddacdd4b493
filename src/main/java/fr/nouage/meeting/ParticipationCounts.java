package fr.nouage.meeting;

/**
 * What one collectivité did in the collective's meetings of a period.
 *
 * @param attended   meetings it attended (present or represented)
 * @param excused    meetings it was excused from
 * @param proposed   agenda items it proposed
 * @param hosted     meetings it hosted
 * @param facilitated meetings it facilitated
 */
public record ParticipationCounts(String collectivitySiren, int attended, int excused, int proposed, int hosted,
        int facilitated) {
}
