package fr.nouage.deliberation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Instant-runoff voting over ranked ballots.
 *
 * <p>Each round counts every ballot for its most preferred option still in the running; a ballot
 * with no such option is exhausted and no longer counts. An option holding more than half of the
 * ballots still counting wins. Otherwise the option with the fewest votes is eliminated and the
 * next round begins.
 *
 * <p>Tie rule, when several options share the fewest votes: the one among them that had the fewest
 * votes in the previous round is eliminated, going back round by round; if they were tied in every
 * round, the one listed last in the consultation's order of options is eliminated. The same rule
 * settles a final tie between two options (the one not eliminated wins).
 */
public final class InstantRunoff {

    private InstantRunoff() {
    }

    /**
     * One round of counting.
     *
     * @param votes      votes of each option still in the running, in the order of the options
     * @param exhausted  ballots that no longer count
     * @param eliminated the option eliminated at the end of the round, {@code null} in the last round
     */
    public record Round(Map<Long, Integer> votes, int exhausted, Long eliminated) {
    }

    /**
     * The rounds counted and the winner.
     *
     * @param winner {@code null} when no ballot ranks any option
     */
    public record Outcome(List<Round> rounds, Long winner) {
    }

    /**
     * Counts ranked ballots.
     *
     * @param options the options, in the consultation's order (used by the tie rule)
     * @param ballots each ballot's options, preferred first; unknown options are ignored
     */
    public static Outcome count(List<Long> options, List<List<Long>> ballots) {
        Set<Long> running = new LinkedHashSet<>(options);
        List<Round> rounds = new ArrayList<>();
        while (!running.isEmpty()) {
            Map<Long, Integer> votes = new LinkedHashMap<>();
            running.forEach(o -> votes.put(o, 0));
            int exhausted = 0;
            for (List<Long> ballot : ballots) {
                Long choice = ballot.stream().filter(running::contains).findFirst().orElse(null);
                if (choice == null) {
                    exhausted++;
                } else {
                    votes.merge(choice, 1, Integer::sum);
                }
            }
            int counting = ballots.size() - exhausted;
            if (counting == 0) {
                rounds.add(new Round(votes, exhausted, null));
                return new Outcome(rounds, null);
            }
            for (var e : votes.entrySet()) {
                if (e.getValue() * 2 > counting) {
                    rounds.add(new Round(votes, exhausted, null));
                    return new Outcome(rounds, e.getKey());
                }
            }
            Long eliminated = weakest(votes, rounds, options);
            rounds.add(new Round(votes, exhausted, eliminated));
            running.remove(eliminated);
        }
        return new Outcome(rounds, null);
    }

    /** The option to eliminate: fewest votes, ties broken by earlier rounds, then by the last listed. */
    private static Long weakest(Map<Long, Integer> votes, List<Round> earlier, List<Long> options) {
        List<Long> tied = fewest(new ArrayList<>(votes.keySet()), votes);
        for (int r = earlier.size() - 1; r >= 0 && tied.size() > 1; r--) {
            tied = fewest(tied, earlier.get(r).votes());
        }
        Long last = tied.get(0);
        for (Long o : tied) {
            if (options.indexOf(o) > options.indexOf(last)) {
                last = o;
            }
        }
        return last;
    }

    private static List<Long> fewest(List<Long> among, Map<Long, Integer> votes) {
        int min = among.stream().mapToInt(o -> votes.getOrDefault(o, 0)).min().orElse(0);
        return among.stream().filter(o -> votes.getOrDefault(o, 0) == min).toList();
    }
}
