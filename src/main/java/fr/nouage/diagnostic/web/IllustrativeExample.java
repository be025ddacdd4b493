package fr.nouage.diagnostic.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import fr.nouage.diagnostic.Interdependence;
import fr.nouage.diagnostic.Interdependence.Flow;

/**
 * The example shown before any import, so that the collective sees what the page will give: three
 * fictional communes with round made-up figures, labelled as such on the page. It is never stored
 * and never presented as INSEE data.
 */
final class IllustrativeExample {

    private static final List<String> CODES = List.of("centre", "north", "south");

    private IllustrativeExample() {
    }

    /** The example's view, with the communes' names in the reader's language. */
    static InterdependenceView view(UnaryOperator<String> text) {
        Interdependence figures = Interdependence.of(0, CODES, List.of(flow("centre", "centre", 900),
                flow("north", "centre", 300), flow("north", "north", 120), flow("south", "centre", 110),
                flow("south", "north", 40), flow("south", "south", 60), flow("centre", "outside", 150),
                flow("north", "outside", 60)));
        Map<String, String> names = Map.of("centre", text.apply("diagnostic.example.centre"), "north",
                text.apply("diagnostic.example.north"), "south", text.apply("diagnostic.example.south"));
        return InterdependenceView.of(figures, names, List.of(), false);
    }

    private static Flow flow(String from, String to, int actives) {
        return new Flow(from, to, BigDecimal.valueOf(actives));
    }
}
