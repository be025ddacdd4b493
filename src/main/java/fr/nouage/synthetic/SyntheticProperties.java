package fr.nouage.synthetic;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param profile         {@code demo} (the four demo territories, 5 years), {@code large-territory}
 *                        (the 158-commune CA du Pays Basque, 5 years) or {@code national} (all 1,255
 *                        EPCI, 1 year); blank: nothing is generated
 * @param years           years of history, overriding the profile's default when above 0
 * @param seed            seed of the generator: the same seed gives the same data
 * @param password        password of the generated director accounts
 * @param exitWhenDone    stop the application once the data is written
 * @param meetingsPerYear collective meetings a year per territory
 * @param itemsPerMeeting agenda items per meeting
 */
@ConfigurationProperties("nouage.synthetic")
public record SyntheticProperties(String profile, @DefaultValue("0") int years, @DefaultValue("20261129") long seed,
        @DefaultValue("synthetic-nouage-2026") String password, @DefaultValue("false") boolean exitWhenDone,
        @DefaultValue("50") int meetingsPerYear, @DefaultValue("10") int itemsPerMeeting) {

    /** The large territory of the benchmark: CA du Pays Basque, 158 communes. */
    static final String LARGE_TERRITORY = "200067106";

    int yearsOrDefault() {
        if (years > 0) {
            return years;
        }
        return "national".equals(profile) ? 1 : 5;
    }
}
