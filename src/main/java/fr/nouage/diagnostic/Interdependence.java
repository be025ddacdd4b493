package fr.nouage.diagnostic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the commuting flows of one vintage show of a territory: where its actives work (their own
 * commune, another commune of the territory, outside it), the flows between its communes, the poles
 * that draw actives from the others and the communes that depend on them. Every figure is summed
 * with its decimals and rounded to the nearest whole number only once summed.
 *
 * @param actives                 actives living in a commune of the territory
 * @param pairs                   flows from a commune of the territory to a commune of the territory
 *                                (the same one included), the largest first
 * @param communes                figures per commune of the territory, in the order given
 * @param poles                   communes drawing actives from other communes of the territory, the
 *                                largest first, with the communes for which they are the main destination
 */
public record Interdependence(int vintage, long actives, long sameCommune, long otherCommuneOfTerritory,
        long outside, long inbound, List<PairFlow> pairs, List<CommuneFlows> communes, List<Pole> poles) {

    /** A flow between two communes (INSEE codes). */
    public record PairFlow(String from, String to, long flow) {
    }

    /**
     * One commune's actives: working in it, elsewhere in the territory, outside; the actives of the
     * territory working in it; the commune of the territory where most of those who leave it go.
     */
    public record CommuneFlows(String code, long actives, long sameCommune, long otherCommuneOfTerritory,
            long outside, long jobsHeldByTerritory, String mainDestination, long toMainDestination) {

        /** Share of the commune's actives going to its main destination, in percent (0 without actives). */
        public int mainDestinationShare() {
            return actives == 0 ? 0 : (int) Math.round(100.0 * toMainDestination / actives);
        }
    }

    /** A pole: actives it draws from the other communes of the territory, and the communes depending on it. */
    public record Pole(String code, long drawn, List<String> dependents) {
    }

    /** A flow read from storage. */
    public record Flow(String origin, String destination, BigDecimal flow) {
    }

    /**
     * The figures of {@code flows} for a territory made of {@code communes} (INSEE codes, in the order
     * the rows should follow).
     */
    public static Interdependence of(int vintage, List<String> communes, List<Flow> flows) {
        Set<String> members = Set.copyOf(communes);
        Map<String, BigDecimal[]> perCommune = new HashMap<>();
        communes.forEach(c -> perCommune.put(c, zeros()));
        Map<String, Map<String, BigDecimal>> within = new HashMap<>();
        BigDecimal[] total = zeros();
        BigDecimal inbound = BigDecimal.ZERO;
        List<PairFlow> pairs = new ArrayList<>();
        for (Flow f : flows) {
            boolean fromInside = members.contains(f.origin());
            boolean toInside = members.contains(f.destination());
            if (!fromInside) {
                inbound = toInside ? inbound.add(f.flow()) : inbound;
                continue;
            }
            int column = f.origin().equals(f.destination()) ? 1 : toInside ? 2 : 3;
            add(perCommune.get(f.origin()), column, f.flow());
            add(total, column, f.flow());
            if (toInside) {
                perCommune.get(f.destination())[4] = perCommune.get(f.destination())[4].add(f.flow());
                within.computeIfAbsent(f.origin(), k -> new HashMap<>()).merge(f.destination(), f.flow(), BigDecimal::add);
                pairs.add(new PairFlow(f.origin(), f.destination(), round(f.flow())));
            }
        }
        pairs.sort(Comparator.comparingLong(PairFlow::flow).reversed().thenComparing(PairFlow::from)
                .thenComparing(PairFlow::to));
        List<CommuneFlows> rows = new ArrayList<>();
        for (String code : communes) {
            BigDecimal[] sums = perCommune.get(code);
            Map.Entry<String, BigDecimal> main = within.getOrDefault(code, Map.of()).entrySet().stream()
                    .filter(e -> !e.getKey().equals(code)).max(Map.Entry.<String, BigDecimal>comparingByValue()
                            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .orElse(null);
            rows.add(new CommuneFlows(code, round(sums[0]), round(sums[1]), round(sums[2]), round(sums[3]),
                    round(sums[4]), main == null ? null : main.getKey(), main == null ? 0 : round(main.getValue())));
        }
        return new Interdependence(vintage, round(total[0]), round(total[1]), round(total[2]), round(total[3]),
                round(inbound), List.copyOf(pairs), List.copyOf(rows), poles(communes, within, rows));
    }

    private static List<Pole> poles(List<String> communes, Map<String, Map<String, BigDecimal>> within,
            List<CommuneFlows> rows) {
        Map<String, BigDecimal> drawn = new LinkedHashMap<>();
        within.forEach((from, targets) -> targets.forEach((to, flow) -> {
            if (!from.equals(to)) {
                drawn.merge(to, flow, BigDecimal::add);
            }
        }));
        Map<String, List<String>> dependents = new HashMap<>();
        rows.stream().filter(r -> r.mainDestination() != null)
                .forEach(r -> dependents.computeIfAbsent(r.mainDestination(), k -> new ArrayList<>()).add(r.code()));
        return drawn.entrySet().stream().filter(e -> dependents.containsKey(e.getKey()))
                .sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed()
                        .thenComparing(e -> communes.indexOf(e.getKey())))
                .map(e -> new Pole(e.getKey(), round(e.getValue()), List.copyOf(dependents.get(e.getKey())))).toList();
    }

    private static BigDecimal[] zeros() {
        return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
    }

    private static void add(BigDecimal[] sums, int column, BigDecimal flow) {
        sums[0] = sums[0].add(flow);
        sums[column] = sums[column].add(flow);
    }

    /** Rounded to the nearest whole number, halves away from zero. */
    static long round(BigDecimal value) {
        return value.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
