package fr.nouage.deliberation;

import java.time.Instant;
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
        return values.entrySet().stream().sorted(Map.Entry.comparingByValue(Comparator.naturalOrder()))
                .map(Map.Entry::getKey).toList();
    }

    public int value(long optionId) {
        return values.getOrDefault(optionId, 0);
    }
}
