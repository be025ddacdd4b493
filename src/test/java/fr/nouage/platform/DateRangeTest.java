package fr.nouage.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class DateRangeTest {

    @Test
    void datesFrom2000To2100AreAcceptedInParisTime() {
        assertThat(DateRange.contains(LocalDate.of(2000, 1, 1))).isTrue();
        assertThat(DateRange.contains(LocalDate.of(2100, 12, 31))).isTrue();
        assertThat(DateRange.contains(LocalDate.of(1999, 12, 31))).isFalse();
        assertThat(DateRange.contains(LocalDate.of(2101, 1, 1))).isFalse();
        assertThat(DateRange.contains(LocalDateTime.MAX)).isFalse();
        assertThat(DateRange.contains(LocalDateTime.parse("+999999999-12-31T10:00"))).isFalse();
        assertThat(DateRange.contains(Instant.parse("1999-12-31T23:30:00Z"))).as("already 2000 in Paris").isTrue();
        assertThat(DateRange.contains(Instant.parse("2100-12-31T23:30:00Z"))).as("already 2101 in Paris").isFalse();
        assertThat(DateRange.contains(null)).isTrue();
    }

    @Test
    void aDateOutOfRangeIsRefusedByTheModulesOwnException() {
        assertThatThrownBy(() -> DateRange.require(LocalDate.of(20266, 1, 1),
                (key, args) -> new IllegalArgumentException(key + " " + args[0] + "-" + args[1])))
                .hasMessage("date.error.range 2000-2100");
        assertThat(DateRange.require(LocalDate.of(2026, 5, 1), (key, args) -> new IllegalStateException()))
                .isEqualTo(LocalDate.of(2026, 5, 1));
    }
}
