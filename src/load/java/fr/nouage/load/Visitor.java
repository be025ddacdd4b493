package fr.nouage.load;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What one virtual user knows while browsing, as a person remembers where things are: their
 * territories (from their home page) and, per territory, the meetings, items and consultations the
 * pages they saw listed. Belongs to one virtual user, so never shared between threads at once.
 */
final class Visitor {

    /** What a person does next, and how often, by role. */
    enum Action {
        HOME, TERRITORY, CALENDAR, MEETINGS, MEETING, DELIBERATION, MINUTES, CONSULTATION, CHARTER, PARITY,
        PROPOSE_ITEM, GIVE_POSITION, ANSWER_CONSULTATION, EDIT_MINUTES, ACKNOWLEDGE_CONVOCATION;

        boolean writes() {
            return ordinal() >= PROPOSE_ITEM.ordinal();
        }
    }

    /** Weights in per mille, per role; about one action in ten writes over the whole mix. */
    static final Map<Roster.Role, Map<Action, Integer>> MIX = Map.of(
            Roster.Role.DIRECTOR, weights(80, 120, 100, 80, 160, 120, 0, 80, 80, 60, 25, 35, 25, 20, 15),
            Roster.Role.ELECTED, weights(100, 150, 150, 100, 150, 100, 100, 50, 50, 50, 0, 0, 0, 0, 0),
            Roster.Role.FACILITATOR, weights(80, 120, 80, 100, 160, 100, 0, 80, 80, 80, 40, 0, 0, 60, 20),
            Roster.Role.COORDINATOR, weights(200, 250, 100, 100, 100, 0, 0, 0, 100, 150, 0, 0, 0, 0, 0));

    /** What a person knows of one territory. */
    static final class Known {
        List<Long> upcoming;
        List<Long> held;
        final Map<Long, List<Long>> items = new HashMap<>();
        List<Long> consultations;
    }

    final String email;
    final Roster.Role role;
    List<String> territories = List.of();
    final Map<String, Known> known = new HashMap<>();

    Visitor(String email, Roster.Role role) {
        this.email = email;
        this.role = role;
    }

    Action next() {
        int draw = ThreadLocalRandom.current().nextInt(1000);
        for (Map.Entry<Action, Integer> e : MIX.get(role).entrySet()) {
            draw -= e.getValue();
            if (draw < 0) {
                return e.getKey();
            }
        }
        return Action.HOME;
    }

    /** One of the person's territories, for the next action. */
    String territory() {
        return territories.isEmpty() ? null : territories.get(ThreadLocalRandom.current().nextInt(territories.size()));
    }

    Known of(String territory) {
        return known.computeIfAbsent(territory, t -> new Known());
    }

    private static Map<Action, Integer> weights(int... perMille) {
        Map<Action, Integer> weights = new java.util.EnumMap<>(Action.class);
        int total = 0;
        for (Action a : Action.values()) {
            weights.put(a, perMille[a.ordinal()]);
            total += perMille[a.ordinal()];
        }
        if (total != 1000) {
            throw new IllegalStateException("weights add up to " + total);
        }
        return weights;
    }
}
