package fr.nouage.observatory;

import java.util.List;

/** Where a territory stands on a threshold on a day: its state, its score and the facts behind it. */
public record ThresholdStatus(Threshold threshold, ThresholdState state, int score, List<Evidence> evidence) {

    public ThresholdStatus {
        evidence = List.copyOf(evidence);
    }
}
