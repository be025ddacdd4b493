package fr.nouage.charter;

import java.time.LocalDate;

/** The opinion of a municipal council on the draft pacte de gouvernance. */
public record PactOpinion(String communeSiren, Kind opinion, LocalDate givenOn, String reference, String recordedBy) {

    /** What the council said. */
    public enum Kind {
        FAVORABLE, RESERVED, UNFAVORABLE;

        public String messageKey() {
            return "pact.opinion." + name();
        }
    }
}
