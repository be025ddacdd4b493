package fr.nouage.project;

import java.time.LocalDate;
import java.util.List;

/**
 * A shared project of a territory's collective.
 *
 * @param publicPolicy   the public policy it serves (enfance-jeunesse, mobilité…)
 * @param usersConcerned the users of the public services concerned
 * @param progress       how far it has come, in percent
 * @param steeringBodyId its steering committee, a body of the territory that meets like the collective
 * @param leads          SIRENs of the collectivités that pilot it
 * @param members        SIRENs of every collectivité involved, leads included
 */
public record Project(long id, String territorySiren, String title, String purpose, String publicPolicy,
        String usersConcerned, Pilotage pilotage, Phase phase, int progress, LocalDate startsOn, LocalDate endsOn,
        Long steeringBodyId, String closingReview, LocalDate closedOn, List<String> leads, List<String> members,
        int version) {

    /** Whether the collectivité pilots it. */
    public boolean ledBy(String siren) {
        return leads.contains(siren);
    }
}
