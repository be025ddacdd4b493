package fr.nouage.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class LegalDelaysTest {

    @Test
    void fiveJoursFrancsForTheEpciCouncil() {
        int days = LegalDelays.joursFrancs(BodyKind.CONSEIL_COMMUNAUTAIRE, 0, false);
        assertThat(LegalDelays.convocationDeadline(LocalDate.of(2027, 1, 14), days)).isEqualTo(LocalDate.of(2027, 1, 8));
    }

    @Test
    void threeJoursFrancsForACommuneUnder3500AndFiveFrom3500() {
        assertThat(LegalDelays.joursFrancs(BodyKind.CONSEIL_MUNICIPAL, 3_499, false)).isEqualTo(3);
        assertThat(LegalDelays.joursFrancs(BodyKind.CONSEIL_MUNICIPAL, 3_500, false)).isEqualTo(5);
    }

    @Test
    void urgencyCutsTheDelayToOneJourFranc() {
        assertThat(LegalDelays.joursFrancs(BodyKind.CONSEIL_MUNICIPAL, 20_000, true)).isEqualTo(1);
        assertThat(LegalDelays.convocationDeadline(LocalDate.of(2027, 3, 10), 1)).isEqualTo(LocalDate.of(2027, 3, 8));
    }

    @Test
    void countsBackAcrossMonthAndYearEnds() {
        assertThat(LegalDelays.convocationDeadline(LocalDate.of(2027, 1, 3), 5)).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(LegalDelays.convocationDeadline(LocalDate.of(2027, 3, 2), 3)).isEqualTo(LocalDate.of(2027, 2, 26));
        assertThat(LegalDelays.convocationDeadline(LocalDate.of(2028, 3, 2), 3)).isEqualTo(LocalDate.of(2028, 2, 27));
    }
}
