package fr.nouage.charter;

import java.time.Instant;
import java.time.LocalDate;

import fr.nouage.account.Actor;

/**
 * Published when a step of the pacte de gouvernance was recorded (the audit log keeps it).
 *
 * @param renewalDate   the general renewal the pact follows
 * @param communeSiren  the commune whose council gave an opinion, for {@link Change#OPINION}
 * @param opinion       that opinion, for {@link Change#OPINION}
 */
public record GovernancePactRecorded(String territorySiren, long pactId, Change change, LocalDate renewalDate,
        String communeSiren, PactOpinion.Kind opinion, Actor by, Instant at) {

    /** What was recorded. */
    public enum Change {
        /** The pact was started after a general renewal. */
        STARTED,
        /** The dates of the procedure (debate, draft, adoption) were recorded. */
        TIMELINE,
        /** A municipal council's opinion was recorded. */
        OPINION,
        /** The adopted text was attached. */
        TEXT
    }
}
