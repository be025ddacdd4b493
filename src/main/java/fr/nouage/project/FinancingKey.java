package fr.nouage.project;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.nouage.platform.RefusedOperation.Reason;

/**
 * A financing key: the weights, in whole percent adding up to 100, of the bases {@link KeyBasis#EQUAL},
 * {@link KeyBasis#POPULATION} and {@link KeyBasis#UNITS} (e.g. 50 % population, 50 % equal shares).
 *
 * <p>{@link #shares} splits an amount in cents so that the shares add up exactly to it, by the
 * largest remainder method: each party's exact share is computed as a fraction (no rounding on
 * the way), each party gets the whole cents of it, and the cents left over (fewer than the number
 * of parties) go one each to the parties with the largest remainders. Ties between equal remainders
 * go to the larger population, then to the smaller SIREN.
 */
public record FinancingKey(Map<KeyBasis, Integer> weights) {

    public FinancingKey {
        if (weights == null || weights.isEmpty()) {
            throw invalid("agreement.error.weights");
        }
        EnumMap<KeyBasis, Integer> copy = new EnumMap<>(KeyBasis.class);
        int total = 0;
        for (var entry : weights.entrySet()) {
            if (entry.getKey() == null || entry.getValue() == null || entry.getValue() < 0 || entry.getValue() > 100) {
                throw invalid("agreement.error.weights");
            }
            if (entry.getValue() > 0) {
                copy.put(entry.getKey(), entry.getValue());
            }
            total += entry.getValue();
        }
        if (total != 100) {
            throw invalid("agreement.error.weightsTotal", total);
        }
        weights = java.util.Collections.unmodifiableMap(copy);
    }

    /** A key on one basis only. */
    public static FinancingKey of(KeyBasis basis) {
        return new FinancingKey(Map.of(basis, 100));
    }

    /** The weight of a basis in percent, 0 when unused. */
    public int weight(KeyBasis basis) {
        return weights.getOrDefault(basis, 0);
    }

    public boolean uses(KeyBasis basis) {
        return weight(basis) > 0;
    }

    /** A party to split between: its population and its units of use (0 when the key uses none). */
    public record Party(String siren, long population, long units) {
    }

    /**
     * One party's share and how it was found.
     *
     * @param cents     the share, in cents
     * @param ratio     the party's part of the whole under the key, in percent (4 decimals)
     * @param exact     the exact share in euros before rounding (4 decimals)
     * @param extraCent whether it received one of the cents left over by the largest remainders
     */
    public record Share(String siren, long cents, BigDecimal ratio, BigDecimal exact, boolean extraCent) {

        /** The share in euros, with two decimals. */
        public BigDecimal amount() {
            return BigDecimal.valueOf(cents, 2);
        }
    }

    /**
     * Splits {@code amountCents} between the parties, in their order.
     *
     * @throws ProjectException INVALID for no party, a party twice, negative units, or a basis whose
     *                          total is zero (no population, no units entered)
     */
    public List<Share> shares(long amountCents, List<Party> parties) {
        if (parties == null || parties.isEmpty()) {
            throw invalid("agreement.error.parties");
        }
        Set<String> seen = new HashSet<>();
        long populations = 0;
        long units = 0;
        for (Party p : parties) {
            if (!seen.add(p.siren())) {
                throw invalid("agreement.error.partyTwice", p.siren());
            }
            if (p.units() < 0 || p.population() < 0) {
                throw invalid("agreement.error.units", p.siren());
            }
            populations += p.population();
            units += p.units();
        }
        if (uses(KeyBasis.POPULATION) && populations == 0) {
            throw invalid("agreement.error.population");
        }
        if (uses(KeyBasis.UNITS) && units == 0) {
            throw invalid("agreement.error.unitsTotal");
        }
        BigInteger n = BigInteger.valueOf(parties.size());
        BigInteger pop = BigInteger.valueOf(uses(KeyBasis.POPULATION) ? populations : 1);
        BigInteger use = BigInteger.valueOf(uses(KeyBasis.UNITS) ? units : 1);
        // share_i / amount = (wE·P·U + wP·pop_i·N·U + wU·units_i·N·P) / (100·N·P·U)
        BigInteger denominator = BigInteger.valueOf(100).multiply(n).multiply(pop).multiply(use);
        BigInteger amount = BigInteger.valueOf(amountCents);
        List<BigInteger[]> parts = new ArrayList<>();
        long given = 0;
        for (Party p : parties) {
            BigInteger numerator = BigInteger.valueOf(weight(KeyBasis.EQUAL)).multiply(pop).multiply(use)
                    .add(BigInteger.valueOf(weight(KeyBasis.POPULATION) * p.population()).multiply(n).multiply(use))
                    .add(BigInteger.valueOf(weight(KeyBasis.UNITS) * p.units()).multiply(n).multiply(pop));
            BigInteger[] division = amount.multiply(numerator).divideAndRemainder(denominator);
            parts.add(new BigInteger[] {numerator, division[0], division[1]});
            given += division[0].longValueExact();
        }
        long left = amountCents - given;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < parties.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer, BigInteger>comparing(i -> parts.get(i)[2]).reversed()
                .thenComparing(Comparator.<Integer>comparingLong(i -> parties.get(i).population()).reversed())
                .thenComparing(i -> parties.get(i).siren()));
        Set<Integer> extra = new HashSet<>(order.subList(0, (int) left));
        List<Share> shares = new ArrayList<>();
        BigDecimal d = new BigDecimal(denominator);
        for (int i = 0; i < parties.size(); i++) {
            BigInteger[] part = parts.get(i);
            BigDecimal ratio = new BigDecimal(part[0].multiply(BigInteger.valueOf(100))).divide(d, 4, RoundingMode.HALF_UP);
            BigDecimal exact = new BigDecimal(amount.multiply(part[0])).divide(d.multiply(BigDecimal.valueOf(100)), 4,
                    RoundingMode.HALF_UP);
            shares.add(new Share(parties.get(i).siren(), part[1].longValueExact() + (extra.contains(i) ? 1 : 0), ratio,
                    exact, extra.contains(i)));
        }
        return shares;
    }

    private static ProjectException invalid(String key, Object... arguments) {
        return new ProjectException(Reason.INVALID, key, arguments);
    }
}
