package fr.nouage.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SizeClassTest {

    @ParameterizedTest
    @CsvSource({
            "0, UNDER_1000",
            "999, UNDER_1000",
            "1000, FROM_1000_TO_3499",
            "3499, FROM_1000_TO_3499",
            "3500, FROM_3500_TO_9999",
            "9999, FROM_3500_TO_9999",
            "10000, FROM_10000",
            "2147483647, FROM_10000"})
    void classesFollowThePopulationThresholds(int population, SizeClass expected) {
        assertThat(SizeClass.of(population)).isEqualTo(expected);
    }

    @Test
    void aNegativePopulationIsRefused() {
        assertThatThrownBy(() -> SizeClass.of(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachClassHasALabelKey() {
        assertThat(SizeClass.FROM_3500_TO_9999.messageKey()).isEqualTo("sizeClass.FROM_3500_TO_9999");
    }
}
