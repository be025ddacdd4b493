package fr.nouage.support;

import org.springframework.test.context.TestPropertySource;

/**
 * A browser test on the demo as the run command starts it: the four territories with their two years
 * of fictitious history, on a database of its own (the other tests keep empty demo territories). All
 * such tests share one Spring context.
 */
@TestPropertySource(properties = {
        "nouage.demo.history=true",
        "spring.datasource.url=jdbc:h2:mem:nouage-living-demo;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"})
public abstract class LivingDemoTest extends BrowserTest {

    /** The secretary of Mallièvre (251 inhabitants), in the Pays de Mortagne. */
    public static final String MALLIEVRE_SECRETARY = "dgs-85134@demo.nouage.fr";
}
