package fr.nouage.accompaniment.web;

import java.util.List;
import java.util.Map;

import fr.nouage.accompaniment.Commitment;

/** A commitment as pages show it: the territory, what, by when, which collectivité carries it. */
public record CommitmentLine(String territorySiren, String territory, String what, String dueOn, String owner) {

    static List<CommitmentLine> of(List<Commitment> commitments, Map<String, String> territoryNames,
            Map<String, String> collectivityNames) {
        return commitments.stream().map(c -> new CommitmentLine(c.territorySiren(),
                territoryNames.getOrDefault(c.territorySiren(), c.territorySiren()), c.what(), SeminarPages.day(c.dueOn()),
                collectivityNames.getOrDefault(c.ownerSiren(), c.ownerSiren()))).toList();
    }
}
