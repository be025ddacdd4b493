package fr.nouage.charter.web;

import fr.nouage.charter.Amendment;

/**
 * An amendment with the name of the collectivité that proposed it.
 *
 * @param resultNumber number of the version that includes it, {@code null} before
 */
public record AmendmentView(Amendment amendment, String proposedForName, Integer resultNumber) {
}
