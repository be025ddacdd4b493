package fr.nouage.observatory;

import java.time.LocalDate;
import java.util.List;

/**
 * A vigilance point a module sees on a day: which alert, since when, and the facts behind it.
 *
 * @param since the day the situation began (e.g. the day the last reflexive point was due)
 */
public record Signal(Alert alert, LocalDate since, List<Fact> facts) {

    public Signal {
        facts = List.copyOf(facts);
    }
}
