package fr.nouage.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Base of the integration tests: the whole application on a random port with the demo territories
 * and accounts, on an in-memory H2 database (PostgreSQL mode); a class marked {@link OnPostgres}
 * runs on PostgreSQL instead. A test that must run on both is written once as an abstract subclass
 * of this one, with two empty subclasses, the PostgreSQL one marked {@link OnPostgres}. All H2
 * tests share one Spring context, all PostgreSQL tests another.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "nouage.demo.enabled=true",
        // the demo's two years of history are written only where a test asks for them (DemoHistoryTest)
        "nouage.demo.history=false",
        "nouage.demo.password=" + NouageIT.DEMO_PASSWORD,
        "nouage.account.admin-email=" + NouageIT.ADMIN_EMAIL,
        "nouage.account.admin-password=" + NouageIT.DEMO_PASSWORD,
        "spring.main.banner-mode=off",
        "spring.datasource.url=jdbc:h2:mem:nouage-test;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "spring.datasource.username=sa",
        "spring.datasource.password=",
        "server.shutdown=immediate",
        // the tests' client is a trusted proxy: it may name the client's address in X-Forwarded-For
        "server.tomcat.remoteip.internal-proxies=127[.]0[.]0[.]1|0:0:0:0:0:0:0:1",
        "spring.lifecycle.timeout-per-shutdown-phase=2s",
        // webhook receivers started by the tests listen on this machine
        "nouage.webhook.allow-private-targets=true"})
@Import(TestClock.Configuration.class)
public abstract class NouageIT {

    public static final String DEMO_PASSWORD = "test-password-2026";
    public static final String ADMIN_EMAIL = "admin@test.nouage.fr";
    public static final String MORTAGNE = "248500662";
    public static final String ACHARDS = "248500530";
    public static final String ERDRE = "244400503";
    public static final String ANCENIS = "244400552";

    @LocalServerPort
    protected int port;

    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.jdbc.core.simple.JdbcClient jdbcClient;

    /** Meeting times no other test has taken (see {@link FreeSlots}). */
    protected FreeSlots slots() {
        return new FreeSlots(jdbcClient);
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    protected ApiClient api() {
        return new ApiClient(baseUrl());
    }
}
