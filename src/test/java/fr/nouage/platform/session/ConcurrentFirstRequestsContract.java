package fr.nouage.platform.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import fr.nouage.support.NouageIT;
import fr.nouage.support.PageClient;

/**
 * Several requests of one session arriving together right after signing in (tabs opened at once,
 * a page and its HTMX calls) each add the same new attribute to the stored session, the CSRF token
 * created on first use: every one of them gets its page.
 */
abstract class ConcurrentFirstRequestsContract extends NouageIT {

    private static final int TABS = 8;

    @Test
    void tabsOpenedTogetherJustAfterSigningInAllGetTheirPage() throws Exception {
        ExecutorService tabs = Executors.newFixedThreadPool(TABS);
        try {
            for (int round = 0; round < 3; round++) {
                PageClient browser = new PageClient(baseUrl());
                browser.get("/login");
                PageClient.Page signedIn = browser.post("/login",
                        Map.of("email", "dg-" + MORTAGNE + "@demo.nouage.fr", "password", DEMO_PASSWORD));
                assertThat(signedIn.status()).isEqualTo(302);

                CountDownLatch start = new CountDownLatch(1);
                List<Callable<Integer>> opened = IntStream.range(0, TABS).<Callable<Integer>>mapToObj(i -> () -> {
                    start.await();
                    return browser.get("/territoires/" + MORTAGNE).status();
                }).toList();
                var statuses = opened.stream().map(tabs::submit).toList();
                start.countDown();
                for (var status : statuses) {
                    assertThat(status.get()).isEqualTo(200);
                }
                assertThat(browser.get("/territoires/" + MORTAGNE).body()).contains("name=\"_csrf\"");
            }
        } finally {
            tabs.shutdownNow();
        }
    }
}
