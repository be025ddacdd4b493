package fr.nouage.deliberation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the answers to a consultation come to.
 *
 * @param answers  number of collectivités that answered
 * @param stances  for a proposal to consent to, answers by stance
 * @param totals   by option: votes (single choice), first preferences (ranked choice), points summed
 *                 (points) or collectivités available (date poll)
 * @param leaders  the options ahead: most votes, the instant-runoff winner, most points, or the dates
 *                 with most collectivités available; several when tied, none without answers
 * @param runoff   the rounds of an instant-runoff count, {@code null} for other kinds
 */
public record ConsultationResult(int answers, Map<Stance, Integer> stances, Map<Long, Integer> totals,
        List<Long> leaders, InstantRunoff.Outcome runoff) {

    /** Computes the result of a consultation from its answers. */
    public static ConsultationResult of(Consultation consultation, List<ConsultationAnswer> answers) {
        Map<Stance, Integer> stances = new EnumMap<>(Stance.class);
        for (Stance s : Stance.values()) {
            stances.put(s, 0);
        }
        Map<Long, Integer> totals = new LinkedHashMap<>();
        consultation.options().forEach(o -> totals.put(o.id(), 0));
        InstantRunoff.Outcome runoff = null;
        List<Long> leaders = new ArrayList<>();
        switch (consultation.kind()) {
            case CONSENT -> answers.stream().filter(a -> a.stance() != null)
                    .forEach(a -> stances.merge(a.stance(), 1, Integer::sum));
            case ADVICE -> {
            }
            case RANKED_CHOICE -> {
                List<Long> options = consultation.options().stream().map(Consultation.Option::id).toList();
                runoff = InstantRunoff.count(options, answers.stream().map(ConsultationAnswer::ranking).toList());
                if (!runoff.rounds().isEmpty()) {
                    runoff.rounds().get(0).votes().forEach(totals::put);
                }
                if (runoff.winner() != null) {
                    leaders.add(runoff.winner());
                }
            }
            case SINGLE_CHOICE, DATE_POLL -> {
                answers.forEach(a -> a.values().forEach((option, value) -> {
                    if (value > 0 && totals.containsKey(option)) {
                        totals.merge(option, 1, Integer::sum);
                    }
                }));
                leaders.addAll(ahead(totals));
            }
            case POINTS -> {
                answers.forEach(a -> a.values().forEach((option, value) -> {
                    if (totals.containsKey(option)) {
                        totals.merge(option, value, Integer::sum);
                    }
                }));
                leaders.addAll(ahead(totals));
            }
        }
        return new ConsultationResult(answers.size(), stances, totals, List.copyOf(leaders), runoff);
    }

    /** The options with the highest total, none when every total is 0. */
    static List<Long> ahead(Map<Long, Integer> totals) {
        int max = totals.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        if (max <= 0) {
            return List.of();
        }
        return totals.entrySet().stream().filter(e -> e.getValue() == max).map(Map.Entry::getKey).toList();
    }

    /** Whether a proposal to consent to is consented to: answers and no objection among them. */
    public boolean consented() {
        return answers > 0 && stances.getOrDefault(Stance.OBJECTION, 0) == 0;
    }

    public int total(long optionId) {
        return totals.getOrDefault(optionId, 0);
    }

    public boolean leads(long optionId) {
        return leaders.contains(optionId);
    }
}
