package fr.nouage.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.nouage.diagnostic.Interdependence.CommuneFlows;
import fr.nouage.diagnostic.Interdependence.Flow;
import fr.nouage.diagnostic.Interdependence.PairFlow;
import fr.nouage.diagnostic.Interdependence.Pole;

/** The interdependence of a three-commune territory against figures computed by hand. */
class InterdependenceTest {

    // A = bourg-centre, B and C around it; X outside the territory
    private static final List<String> COMMUNES = List.of("00001", "00002", "00003");

    private static Flow flow(String from, String to, String value) {
        return new Flow(from, to, new BigDecimal(value));
    }

    private final Interdependence figures = Interdependence.of(2021, COMMUNES, List.of(
            flow("00001", "00001", "100.4"), flow("00001", "00002", "10.3"), flow("00001", "99001", "20.2"),
            flow("00002", "00002", "30.2"), flow("00002", "00001", "40.2"), flow("00002", "00003", "5.2"),
            flow("00002", "44109", "15.2"),
            flow("00003", "00003", "2.5"), flow("00003", "00001", "12.5"),
            flow("44109", "00001", "50.5")));

    @Test
    void activesAreSplitBetweenTheirCommuneTheTerritoryAndOutsideRoundedOnceSummed() {
        // same commune: 100.4 + 30.2 + 2.5 = 133.1; other commune: 10.3 + 40.2 + 5.2 + 12.5 = 68.2;
        // outside: 20.2 + 15.2 = 35.4; actives: 236.7
        assertThat(figures.vintage()).isEqualTo(2021);
        assertThat(figures.actives()).isEqualTo(237);
        assertThat(figures.sameCommune()).isEqualTo(133);
        assertThat(figures.otherCommuneOfTerritory()).isEqualTo(68);
        assertThat(figures.outside()).isEqualTo(35);
        assertThat(figures.inbound()).isEqualTo(51);
    }

    @Test
    void pairsAreTheFlowsBetweenCommunesOfTheTerritoryLargestFirst() {
        assertThat(figures.pairs()).containsExactly(new PairFlow("00001", "00001", 100), new PairFlow("00002", "00001", 40),
                new PairFlow("00002", "00002", 30), new PairFlow("00003", "00001", 13), new PairFlow("00001", "00002", 10),
                new PairFlow("00002", "00003", 5), new PairFlow("00003", "00003", 3));
    }

    @Test
    void eachCommuneHasItsFiguresAndItsMainDestination() {
        CommuneFlows b = figures.communes().get(1);
        // B: 30.2 + 40.2 + 5.2 + 15.2 = 90.8 actives, 40.2 of them to A (44 %); 30.2 + 10.3 = 40.5
        // actives of the territory work in B
        assertThat(b).isEqualTo(new CommuneFlows("00002", 91, 30, 45, 15, 41, "00001", 40));
        assertThat(b.mainDestinationShare()).isEqualTo(44);
        // A receives 100.4 + 40.2 + 12.5 = 153.1 actives of the territory
        assertThat(figures.communes().get(0).jobsHeldByTerritory()).isEqualTo(153);
        assertThat(figures.communes().get(2).mainDestination()).isEqualTo("00001");
    }

    @Test
    void thePoleIsTheCommuneDrawingMostActivesWithTheCommunesDependingOnIt() {
        // A draws 40.2 + 12.5 = 52.7 from B and C, both of which go there first; B draws 10.3 from A
        // and is A's main destination
        assertThat(figures.poles()).containsExactly(new Pole("00001", 53, List.of("00002", "00003")),
                new Pole("00002", 10, List.of("00001")));
    }

    @Test
    void aTerritoryWithoutFlowsHasNothing() {
        Interdependence none = Interdependence.of(2020, COMMUNES, List.of());
        assertThat(none.actives()).isZero();
        assertThat(none.pairs()).isEmpty();
        assertThat(none.poles()).isEmpty();
    }
}
