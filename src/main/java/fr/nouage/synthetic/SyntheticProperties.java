package fr.nouage.synthetic;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param profile         {@code demo} (the four demo territories, 5 years), {@code large-territory}
 *                        (the 158-commune CA du Pays Basque, 5 years) or {@code national} (all 1,255
 *                        EPCI, 1 year); blank: nothing is generated
 * @param years           years of history, overriding the profile's default when above 0
 * @param seed            seed of the generator: the same seed gives the same data
 * @param password        password of the generated accounts (see {@link SyntheticAccounts})
 * @param passwordCost    bcrypt cost of their password hash: 4 by default, where accounts created
 *                        by people get the platform's 10, so that the load test can sign in its
 *                        thousands of virtual users within minutes instead of measuring bcrypt
 *                        (a cost-10 hash takes about a quarter of a second of processor)
 * @param exitWhenDone    stop the application once the data is written
 * @param meetingsPerYear collective meetings a year per territory
 * @param itemsPerMeeting agenda items per meeting
 */
@ConfigurationProperties("nouage.synthetic")
public record SyntheticProperties(String profile, @DefaultValue("0") int years, @DefaultValue("20261129") long seed,
        @DefaultValue("synthetic-nouage-2026") String password, @DefaultValue("4") int passwordCost,
        @DefaultValue("false") boolean exitWhenDone,
        @DefaultValue("50") int meetingsPerYear, @DefaultValue("10") int itemsPerMeeting) {

    /** The large territory: CA du Pays Basque, 158 communes. */
    static final String LARGE_TERRITORY = "200067106";

    int yearsOrDefault() {
        if (years > 0) {
            return years;
        }
        return "national".equals(profile) ? 1 : 5;
    }
}
