package fr.nouage.network;

import java.time.LocalDate;

/**
 * An exchange between the people of two collectivités of a territory.
 *
 * @param firstLearnt  what the first collectivité's people learnt
 * @param secondLearnt what the second's learnt
 */
public record Exchange(long id, String territorySiren, ExchangeKind kind, String firstSiren, String secondSiren,
        LocalDate on, String firstLearnt, String secondLearnt) {
}
