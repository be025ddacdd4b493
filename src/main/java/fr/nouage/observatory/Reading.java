package fr.nouage.observatory;

import java.util.List;

/**
 * One threshold read on one day from the evidence: whether any module measures it, whether it is
 * held (every reported measure met), its score (mean share of the targets reached) and the facts.
 */
public record Reading(Threshold threshold, boolean measured, boolean held, int score, List<Evidence> evidence) {

    public Reading {
        evidence = List.copyOf(evidence);
    }
}
