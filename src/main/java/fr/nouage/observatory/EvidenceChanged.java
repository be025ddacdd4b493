package fr.nouage.observatory;

/**
 * Published by a module when a fact it reports to the observatory changed for a territory: the
 * observatory then forgets the territory's computed path and recomputes it on the next read.
 */
public record EvidenceChanged(String territorySiren) {
}
