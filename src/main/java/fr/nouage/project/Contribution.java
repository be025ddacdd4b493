package fr.nouage.project;

import java.math.BigDecimal;

/**
 * What one collectivité put into a project and got back from it.
 *
 * @param daysGiven    agents' time given, in days
 * @param moneyCents   money given, in cents
 * @param benefit      what it got back, in words
 * @param benefitCents what it got back, valued in cents (savings, revenue, services it no longer buys)
 */
public record Contribution(String collectivitySiren, BigDecimal daysGiven, long moneyCents, String benefit,
        long benefitCents) {

    /** Euros back for each euro put in, {@code null} when nothing was put in. */
    public BigDecimal returnPerEuro() {
        return moneyCents == 0 ? null
                : BigDecimal.valueOf(benefitCents).divide(BigDecimal.valueOf(moneyCents), 2, java.math.RoundingMode.HALF_UP);
    }
}
