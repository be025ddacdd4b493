package fr.nouage.rules;

import java.time.Instant;
import java.time.LocalDate;

import fr.nouage.account.Actor;

/**
 * Published when new rules were put in force for a territory's collective from a date on.
 *
 * @param charterVersion the charter version that sets them, {@code null} for the defaults
 */
public record RulesEnacted(String territorySiren, LocalDate effectiveFrom, Integer charterVersion, Actor by,
        Instant at) {
}
