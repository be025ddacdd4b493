package fr.nouage.charter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import fr.nouage.rules.AdoptionRule;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.CollectivityKind;

class AdoptionProgressTest {

    private static final String EPCI = "200000000";

    /** An EPCI and communes of the given populations; commune i has SIREN 21000000i. */
    private static List<Collectivity> territory(int... populations) {
        List<Collectivity> members = new ArrayList<>();
        int total = IntStream.of(populations).sum();
        members.add(new Collectivity(EPCI, null, "CC", CollectivityKind.EPCI, total, EPCI, true));
        for (int i = 0; i < populations.length; i++) {
            members.add(new Collectivity(commune(i), "44" + (100 + i), "Commune " + i, CollectivityKind.COMMUNE,
                    populations[i], EPCI, true));
        }
        return members;
    }

    private static String commune(int i) {
        return String.format("2100%05d", i);
    }

    private static Set<String> communes(int... indexes) {
        return IntStream.of(indexes).mapToObj(AdoptionProgressTest::commune).collect(Collectors.toSet());
    }

    private static Set<String> with(Set<String> adopters, String siren) {
        Set<String> all = new java.util.HashSet<>(adopters);
        all.add(siren);
        return all;
    }

    @Test
    void everyCollectivityIsNeededByDefault() {
        List<Collectivity> members = territory(1000, 2000, 3000);
        AdoptionProgress three = AdoptionProgress.of(AdoptionRule.ALL, members, communes(0, 1, 2));
        assertThat(three.met()).isFalse();
        assertThat(three.needed()).isEqualTo(4);
        assertThat(three.missingAdoptions()).isEqualTo(1);
        assertThat(three.weighsPopulation()).isFalse();
        assertThat(AdoptionProgress.of(AdoptionRule.ALL, members, with(communes(0, 1, 2), EPCI)).met()).isTrue();
    }

    @Test
    void exactlyTwoThirdsIsEnough() {
        // 12 collectivités: 8 is exactly two thirds
        List<Collectivity> twelve = territory(new int[11]);
        assertThat(AdoptionProgress.of(AdoptionRule.TWO_THIRDS, twelve, communes(0, 1, 2, 3, 4, 5, 6, 7)).met())
                .isTrue();
        AdoptionProgress seven = AdoptionProgress.of(AdoptionRule.TWO_THIRDS, twelve, communes(0, 1, 2, 3, 4, 5, 6));
        assertThat(seven.met()).isFalse();
        assertThat(seven.needed()).isEqualTo(8);
        assertThat(seven.missingAdoptions()).isEqualTo(1);
    }

    @Test
    void twoThirdsOfACountNotDivisibleByThreeRoundsUp() {
        // 13 collectivités (Erdre et Gesvres): two thirds is 8.67, so 9 adoptions
        List<Collectivity> thirteen = territory(new int[12]);
        assertThat(AdoptionProgress.of(AdoptionRule.TWO_THIRDS, thirteen, communes(0, 1, 2, 3, 4, 5, 6, 7)).met())
                .isFalse();
        AdoptionProgress nine = AdoptionProgress.of(AdoptionRule.TWO_THIRDS, thirteen,
                communes(0, 1, 2, 3, 4, 5, 6, 7, 8));
        assertThat(nine.needed()).isEqualTo(9);
        assertThat(nine.met()).isTrue();
        assertThat(nine.missingAdoptions()).isZero();
    }

    @Test
    void exactlyHalfOfThePopulationIsEnoughWithAMajorityOfCollectivities() {
        // EPCI + 4 communes = 5 collectivités, majority 3; communes hold 10,000 inhabitants
        List<Collectivity> members = territory(4000, 1000, 2000, 3000);
        AdoptionProgress tie = AdoptionProgress.of(AdoptionRule.MAJORITY_HALF_POPULATION, members,
                with(communes(0, 1), EPCI));
        assertThat(tie.needed()).isEqualTo(3);
        assertThat(tie.population()).isEqualTo(10_000);
        assertThat(tie.neededPopulation()).isEqualTo(5_000);
        assertThat(tie.adoptedPopulation()).isEqualTo(5_000);
        assertThat(tie.met()).isTrue();

        AdoptionProgress justShort = AdoptionProgress.of(AdoptionRule.MAJORITY_HALF_POPULATION, members,
                with(communes(1, 2), EPCI));
        assertThat(justShort.missingAdoptions()).isZero();
        assertThat(justShort.missingPopulation()).isEqualTo(2_000);
        assertThat(justShort.met()).isFalse();
    }

    @Test
    void anOddPopulationNeedsItsUpperHalf() {
        List<Collectivity> members = territory(50, 50, 1, 0);
        AdoptionProgress fiftyOne = AdoptionProgress.of(AdoptionRule.MAJORITY_HALF_POPULATION, members,
                with(communes(0, 2), EPCI));
        assertThat(fiftyOne.neededPopulation()).isEqualTo(51);
        assertThat(fiftyOne.met()).isTrue();
        AdoptionProgress fifty = AdoptionProgress.of(AdoptionRule.MAJORITY_HALF_POPULATION, members,
                with(communes(0, 3), EPCI));
        assertThat(fifty.missingAdoptions()).isZero();
        assertThat(fifty.missingPopulation()).isEqualTo(1);
        assertThat(fifty.met()).isFalse();
    }

    @Test
    void theMostPopulousCommuneAloneIsNotAMajority() {
        List<Collectivity> members = territory(9000, 500, 500);
        AdoptionProgress alone = AdoptionProgress.of(AdoptionRule.MAJORITY_HALF_POPULATION, members, communes(0));
        assertThat(alone.missingPopulation()).isZero();
        assertThat(alone.missingAdoptions()).isEqualTo(2);
        assertThat(alone.met()).isFalse();
        // half of the collectivités (2 of 4) is not a majority either
        assertThat(AdoptionProgress.of(AdoptionRule.MAJORITY_HALF_POPULATION, members, with(communes(0), EPCI)).met())
                .isFalse();
    }

    @Test
    void theEpciCountsAsACollectivityButNotForThePopulation() {
        List<Collectivity> members = territory(100, 100, 100, 100);
        AdoptionProgress progress = AdoptionProgress.of(AdoptionRule.MAJORITY_HALF_POPULATION, members,
                with(communes(0, 1), EPCI));
        assertThat(progress.adoptedPopulation()).isEqualTo(200);
        assertThat(progress.population()).isEqualTo(400);
        assertThat(progress.met()).isTrue();
        assertThat(AdoptionProgress.of(AdoptionRule.MAJORITY_HALF_POPULATION, members, Set.of(EPCI))
                .adoptedPopulation()).isZero();
    }

    @Test
    void adoptionsByCollectivitiesOutsideTheMembersDoNotCount() {
        List<Collectivity> members = territory(100, 100);
        AdoptionProgress progress = AdoptionProgress.of(AdoptionRule.TWO_THIRDS, members,
                Set.of(commune(0), "219999999", "218888888"));
        assertThat(progress.adopted()).isEqualTo(1);
        assertThat(progress.met()).isFalse();
    }
}
