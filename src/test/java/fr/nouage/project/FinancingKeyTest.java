package fr.nouage.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The financing keys on three communes of the Pays de Mortagne, with their populations municipales
 * of the geography shipped with Nouage (decoupage-administratif 6.0.0): Mortagne-sur-Sèvre 6,057,
 * Chanverrie 5,653, Mallièvre 251 (11,961 in all). Every expected figure is computed by hand in the
 * comment above it.
 */
class FinancingKeyTest {

    static final String MORTAGNE_SUR_SEVRE = "218501518";
    static final String CHANVERRIE = "200085009";
    static final String MALLIEVRE = "218501344";

    static final List<FinancingKey.Party> THREE = List.of(
            new FinancingKey.Party(MORTAGNE_SUR_SEVRE, 6057, 7),
            new FinancingKey.Party(CHANVERRIE, 5653, 4),
            new FinancingKey.Party(MALLIEVRE, 251, 1));

    @Test
    void populationSharesGoToTheCentWithTheLargestRemainders() {
        // 10,000,000 cents × 6,057 / 11,961 = 5,063,957.863… ; × 5,653 / 11,961 = 4,726,193.462… ;
        // × 251 / 11,961 = 209,848.675… The whole cents add up to 9,999,998: the 2 cents left go to
        // the largest remainders, .863 (Mortagne-sur-Sèvre) and .675 (Mallièvre).
        List<FinancingKey.Share> shares = FinancingKey.of(KeyBasis.POPULATION).shares(10_000_000, THREE);

        assertThat(shares).extracting(FinancingKey.Share::amount).containsExactly(new BigDecimal("50639.58"),
                new BigDecimal("47261.93"), new BigDecimal("2098.49"));
        assertThat(shares).extracting(FinancingKey.Share::extraCent).containsExactly(true, false, true);
        assertThat(shares.stream().mapToLong(FinancingKey.Share::cents).sum()).isEqualTo(10_000_000);
        // 6,057 / 11,961 = 50.6396 %
        assertThat(shares.get(0).ratio()).isEqualByComparingTo("50.6396");
        assertThat(shares.get(0).exact()).isEqualByComparingTo("50639.5786");
    }

    @Test
    void equalRemaindersGoToTheLargerPopulationThenToTheSmallerSiren() {
        // 100,000 cents / 3 = 33,333.33… each: 1 cent left, the three remainders are equal (1/3):
        // the larger population, Mortagne-sur-Sèvre, gets it.
        List<FinancingKey.Share> shares = FinancingKey.of(KeyBasis.EQUAL).shares(100_000, THREE);
        assertThat(shares).extracting(FinancingKey.Share::cents).containsExactly(33_334L, 33_333L, 33_333L);

        // two parties of the same population: the smaller SIREN comes first
        List<FinancingKey.Share> twins = FinancingKey.of(KeyBasis.EQUAL).shares(101, List.of(
                new FinancingKey.Party("218502938", 1000, 0), new FinancingKey.Party("218501989", 1000, 0)));
        assertThat(twins).extracting(FinancingKey.Share::cents).containsExactly(50L, 51L);
    }

    @Test
    void aWeightedMixAddsTheBasesBeforeRounding() {
        // half equal, half population, on 100,000.00 €: Mortagne-sur-Sèvre 1/2 × 1/3 + 1/2 × 6,057/11,961
        // = 41,986.4559… €, Chanverrie 1/2 × 1/3 + 1/2 × 5,653/11,961 = 40,297.6339… €, Mallièvre
        // 1/2 × 1/3 + 1/2 × 251/11,961 = 17,715.9100… €; whole cents 9,999,999, the cent left goes to
        // the largest remainder (.5598 of Mortagne-sur-Sèvre).
        FinancingKey key = new FinancingKey(Map.of(KeyBasis.POPULATION, 50, KeyBasis.EQUAL, 50));
        List<FinancingKey.Share> shares = key.shares(10_000_000, THREE);
        assertThat(shares).extracting(FinancingKey.Share::amount).containsExactly(new BigDecimal("41986.46"),
                new BigDecimal("40297.63"), new BigDecimal("17715.91"));
    }

    @Test
    void unitsOfUseSplitInProportion() {
        // 12,000.00 € for 7 + 4 + 1 = 12 units: 7,000.00, 4,000.00 and 1,000.00, nothing left over
        List<FinancingKey.Share> shares = FinancingKey.of(KeyBasis.UNITS).shares(1_200_000, THREE);
        assertThat(shares).extracting(FinancingKey.Share::amount).containsExactly(new BigDecimal("7000.00"),
                new BigDecimal("4000.00"), new BigDecimal("1000.00"));
        assertThat(shares).noneMatch(FinancingKey.Share::extraCent);
        // half population, half units on 20,000.00 €: 10,897.2911…, 8,059.5267…, 1,043.1820…; the
        // cent left goes to Chanverrie (.6795, larger than .2911 and .1820)
        List<FinancingKey.Share> mixed = new FinancingKey(Map.of(KeyBasis.POPULATION, 50, KeyBasis.UNITS, 50))
                .shares(2_000_000, THREE);
        assertThat(mixed).extracting(FinancingKey.Share::amount).containsExactly(new BigDecimal("10897.29"),
                new BigDecimal("8059.53"), new BigDecimal("1043.18"));
    }

    @Test
    void sharesAlwaysAddUpToTheAmount() {
        FinancingKey key = new FinancingKey(Map.of(KeyBasis.POPULATION, 34, KeyBasis.EQUAL, 33, KeyBasis.UNITS, 33));
        for (long amount = 0; amount < 5_000; amount += 7) {
            assertThat(key.shares(amount, THREE).stream().mapToLong(FinancingKey.Share::cents).sum()).isEqualTo(amount);
        }
    }

    @Test
    void badKeysAreRefusedWithTheirReason() {
        assertThatThrownBy(() -> new FinancingKey(Map.of(KeyBasis.POPULATION, 60, KeyBasis.EQUAL, 50)))
                .hasMessage("agreement.error.weightsTotal");
        assertThatThrownBy(() -> new FinancingKey(Map.of(KeyBasis.POPULATION, -10, KeyBasis.EQUAL, 110)))
                .hasMessage("agreement.error.weights");
        assertThatThrownBy(() -> FinancingKey.of(KeyBasis.UNITS).shares(100, List.of(
                new FinancingKey.Party(MALLIEVRE, 251, 0)))).hasMessage("agreement.error.unitsTotal");
        assertThatThrownBy(() -> FinancingKey.of(KeyBasis.EQUAL).shares(100, List.of())).hasMessage("agreement.error.parties");
    }
}
