package fr.nouage.observatory;

import java.time.LocalDate;
import java.util.List;

/** An alert of a territory: what to watch, since when, the facts behind it and the levers to act. */
public record Watch(Alert alert, LocalDate since, List<Fact> facts, List<Alert.Lever> levers) {

    public Watch {
        facts = List.copyOf(facts);
        levers = List.copyOf(levers);
    }

    static Watch of(Signal signal) {
        return new Watch(signal.alert(), signal.since(), signal.facts(), signal.alert().levers());
    }
}
