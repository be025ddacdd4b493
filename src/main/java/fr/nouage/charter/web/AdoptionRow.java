package fr.nouage.charter.web;

import fr.nouage.charter.Adoption;
import fr.nouage.territory.Collectivity;

/**
 * A collectivité and its adoption of a version.
 *
 * @param adoption  {@code null} while it has not adopted
 * @param mayAdopt  whether the current user may record its adoption now
 */
public record AdoptionRow(Collectivity collectivity, Adoption adoption, boolean mayAdopt) {
}
