package fr.nouage.deliberation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The answer of one collectivité to a consultation.
 *
 * @param stance  for a proposal to consent to
 * @param comment the advice, or a comment on any answer
 * @param values  by option id: 1 for the option chosen, the rank (1 = preferred), the points, or 1
 *                for a date when available
 */
public record ConsultationAnswer(String collectivitySiren, Stance stance, String comment, Map<Long, Integer> values,
        String answeredByName, Instant answeredAt) {

    /** The options ranked, preferred first (for a ranked choice). */
    public List<Long> ranking() {
        List<Map.Entry<Long, Integer>> ranked = new ArrayList<>(values.entrySet());
        ranked.sort(Map.Entry.comparingByValue(Comparator.naturalOrder()));
        List<Long> options = new ArrayList<>(ranked.size());
        for (Map.Entry<Long, Integer> entry : ranked) {
            options.add(entry.getKey());
        }
        return Collections.unmodifiableList(options);
    }

    public int value(long optionId) {
        return values.getOrDefault(optionId, 0);
    }
}
