package fr.nouage.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the integration tests: the whole application on a random port with the demo territories
 * and accounts. Subclasses choose the database: {@link IntegrationTest} (H2) or
 * {@link PostgresIntegrationTest}; a test that must run on both is written once as an abstract
 * subclass of this one, with two small subclasses calling {@link Databases#h2} and
 * {@link Databases#postgres} from a {@code @DynamicPropertySource} method.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "nouage.demo.enabled=true",
        "nouage.demo.password=" + NouageIT.DEMO_PASSWORD,
        "nouage.account.admin-email=" + NouageIT.ADMIN_EMAIL,
        "nouage.account.admin-password=" + NouageIT.DEMO_PASSWORD,
        "spring.main.banner-mode=off"})
public abstract class NouageIT {

    public static final String DEMO_PASSWORD = "test-password-2026";
    public static final String ADMIN_EMAIL = "admin@test.nouage.fr";
    public static final String MORTAGNE = "248500662";
    public static final String ACHARDS = "248500530";
    public static final String ERDRE = "244400503";
    public static final String ANCENIS = "244400552";

    @LocalServerPort
    protected int port;

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    protected ApiClient api() {
        return new ApiClient(baseUrl());
    }
}
