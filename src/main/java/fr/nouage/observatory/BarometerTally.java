package fr.nouage.observatory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts a wave's answers and applies the k-anonymity rule: nothing but the number of respondents
 * below {@code minimum}; by size class only when every class present reaches {@code minimum}.
 */
public final class BarometerTally {

    private record Answer(String sizeClass, Relation relation, Integer trust, Integer fear,
            Map<Threshold, Integer> scores) {
    }

    private final int minimum;
    private final Map<Long, Answer> answers = new LinkedHashMap<>();

    public BarometerTally(int minimum) {
        this.minimum = minimum;
    }

    public void answer(long id, String sizeClass, Relation relation, Integer trust, Integer fear) {
        answers.put(id, new Answer(sizeClass, relation, trust, fear, new EnumMap<>(Threshold.class)));
    }

    public void score(long answerId, Threshold threshold, int score) {
        Answer answer = answers.get(answerId);
        if (answer != null) {
            answer.scores().put(threshold, score);
        }
    }

    public BarometerResults results(long waveId, Instant openedAt, Instant closedAt) {
        int respondents = answers.size();
        if (respondents < minimum) {
            return new BarometerResults(waveId, openedAt, closedAt, respondents, minimum, null, null, null, null, null);
        }
        List<Answer> all = new ArrayList<>(answers.values());
        Map<Relation, Integer> relations = new EnumMap<>(Relation.class);
        for (Relation r : Relation.values()) {
            relations.put(r, (int) all.stream().filter(a -> a.relation() == r).count());
        }
        Map<String, List<Answer>> byClass = new TreeMap<>();
        all.forEach(a -> byClass.computeIfAbsent(a.sizeClass(), k -> new ArrayList<>()).add(a));
        Map<String, Map<Threshold, Double>> bySize = null;
        if (byClass.values().stream().allMatch(l -> l.size() >= minimum)) {
            bySize = new HashMap<>();
            for (var entry : byClass.entrySet()) {
                bySize.put(entry.getKey(), means(entry.getValue()));
            }
        }
        return new BarometerResults(waveId, openedAt, closedAt, respondents, minimum, means(all), relations,
                mean(all.stream().map(Answer::trust).toList()), mean(all.stream().map(Answer::fear).toList()), bySize);
    }

    private static Map<Threshold, Double> means(List<Answer> answers) {
        Map<Threshold, Double> means = new EnumMap<>(Threshold.class);
        for (Threshold t : Threshold.values()) {
            Double mean = mean(answers.stream().map(a -> a.scores().get(t)).toList());
            if (mean != null) {
                means.put(t, mean);
            }
        }
        return means;
    }

    private static Double mean(List<Integer> values) {
        List<Integer> given = values.stream().filter(v -> v != null).toList();
        if (given.isEmpty()) {
            return null;
        }
        double mean = given.stream().mapToInt(Integer::intValue).average().orElse(0);
        return Math.round(mean * 10) / 10.0;
    }
}
