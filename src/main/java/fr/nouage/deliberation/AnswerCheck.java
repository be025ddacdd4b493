package fr.nouage.deliberation;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.nouage.platform.RefusedOperation.Reason;

/** Checks an answer against the kind of its consultation and normalises its values. */
final class AnswerCheck {

    private AnswerCheck() {
    }

    /** The values to store, by option id; refuses with INVALID an answer that does not fit. */
    static Map<Long, Integer> values(Consultation c, Stance stance, String comment, Map<Long, Integer> given) {
        Map<Long, Integer> values = new LinkedHashMap<>();
        Map<Long, Integer> input = given == null ? Map.of() : given;
        for (Long option : input.keySet()) {
            if (c.option(option) == null) {
                throw invalid("consultation.error.unknownOption");
            }
        }
        switch (c.kind()) {
            case CONSENT -> {
                if (stance == null) {
                    throw invalid("position.error.stance");
                }
                if (stance == Stance.OBJECTION && comment == null) {
                    throw invalid("position.error.objectionReason");
                }
            }
            case ADVICE -> {
                if (comment == null) {
                    throw invalid("consultation.error.advice");
                }
            }
            case SINGLE_CHOICE -> {
                List<Long> chosen = input.entrySet().stream().filter(e -> e.getValue() != null && e.getValue() > 0)
                        .map(Map.Entry::getKey).toList();
                if (chosen.size() != 1) {
                    throw invalid("consultation.error.single");
                }
                values.put(chosen.get(0), 1);
            }
            case RANKED_CHOICE -> {
                Set<Integer> ranks = new HashSet<>();
                input.entrySet().stream().filter(e -> e.getValue() != null).sorted(Map.Entry.comparingByValue())
                        .forEach(e -> {
                            if (e.getValue() < 1 || !ranks.add(e.getValue())) {
                                throw invalid("consultation.error.ranks");
                            }
                            values.put(e.getKey(), ranks.size());
                        });
                if (values.isEmpty()) {
                    throw invalid("consultation.error.ranks");
                }
            }
            case POINTS -> {
                int sum = 0;
                for (var e : input.entrySet()) {
                    int points = e.getValue() == null ? 0 : e.getValue();
                    if (points < 0) {
                        throw invalid("consultation.error.points", c.pointsTotal());
                    }
                    if (points > 0) {
                        values.put(e.getKey(), points);
                    }
                    sum += points;
                }
                if (sum != c.pointsTotal()) {
                    throw invalid("consultation.error.points", c.pointsTotal());
                }
            }
            case DATE_POLL -> input.forEach((option, value) -> {
                if (value != null && value > 0) {
                    values.put(option, 1);
                }
            });
        }
        return values;
    }

    private static DeliberationException invalid(String key, Object... args) {
        return new DeliberationException(Reason.INVALID, key, args);
    }
}
