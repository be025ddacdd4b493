package fr.nouage.meeting.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.nouage.meeting.RotationTurn;

/**
 * Proposes who hosts and who facilitates the next meeting so that, over the year, every
 * collectivité takes its fair share: the fewest turns first, then the one whose last turn is the
 * oldest, then the order given. The facilitator is not the host when another choice exists.
 */
public final class RotationPlanner {

    private RotationPlanner() {
    }

    /**
     * @param candidates the collectivités that take turns, in a stable order (e.g. by name)
     * @param past       the meetings of the year so far
     */
    public static RotationTurn next(List<String> candidates, List<MeetingRepository.TurnRow> past) {
        if (candidates.isEmpty()) {
            return new RotationTurn(null, null);
        }
        String host = pick(candidates, past, true, null);
        String facilitator = pick(candidates, past, false, candidates.size() > 1 ? host : null);
        return new RotationTurn(host, facilitator);
    }

    private static String pick(List<String> candidates, List<MeetingRepository.TurnRow> past, boolean hosting,
            String excluded) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Instant> last = new HashMap<>();
        for (MeetingRepository.TurnRow row : past) {
            String siren = hosting ? row.hostSiren() : row.facilitatorSiren();
            if (siren != null) {
                counts.merge(siren, 1, Integer::sum);
                last.merge(siren, row.startsAt(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        Comparator<String> fairness = Comparator.<String>comparingInt(s -> counts.getOrDefault(s, 0))
                .thenComparing(s -> last.getOrDefault(s, Instant.MIN))
                .thenComparingInt(candidates::indexOf);
        return candidates.stream().filter(s -> !s.equals(excluded)).min(fairness).orElse(null);
    }
}
