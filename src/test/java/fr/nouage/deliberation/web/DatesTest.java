package fr.nouage.deliberation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import fr.nouage.platform.PageContext;
import fr.nouage.support.TestMessages;

class DatesTest {

    private static PageContext page(Locale locale) {
        return new PageContext(null, false, false, null, "/", null, null, TestMessages.bundles(), locale, null);
    }

    @Test
    void aMomentReadsAsItsDayAndTimeInParisInTheLanguageOfThePage() {
        Instant winter = Instant.parse("2027-01-14T17:30:00Z");
        Instant summer = Instant.parse("2027-07-01T07:05:00Z");

        assertThat(Dates.dayAt(winter, page(Locale.FRENCH))).isEqualTo("jeudi 14 janvier 2027 à 18:30");
        assertThat(Dates.dayAt(summer, page(Locale.FRENCH))).isEqualTo("jeudi 1 juillet 2027 à 09:05");
        assertThat(Dates.dayAt(winter, page(Locale.ENGLISH))).isEqualTo("Thursday 14 January 2027 at 18:30");
        assertThat(Dates.dayAt(null, page(Locale.FRENCH))).isEmpty();
    }
}
