package fr.nouage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.RequestOptions;

import fr.nouage.support.LivingDemoTest;

/**
 * Crawls the living demo as each role of the Pays de Mortagne would: every same-origin link shown on
 * a page must open (2xx, not the sign-in page), and every page must pass axe with no serious or
 * critical violation. Bounded so that it runs in a few minutes: each route pattern (path with its
 * numbers replaced, query names kept) is rendered and checked with axe once per role, and at most
 * {@value #LINKS_PER_PATTERN} links of each pattern are opened.
 */
class SiteCrawlBrowserIT extends LivingDemoTest {

    private static final String TERRITORY = "/territoires/248500662";
    private static final int LINKS_PER_PATTERN = 3;
    private static final int MAX_PAGES = 80;
    /** Each role opens at least this many kinds of pages: a crawl that stops early fails. */
    private static final int MIN_PAGES = 8;
    /** Route patterns already checked with axe, by any role: axe runs once per pattern for the whole crawl. */
    private static final Set<String> CHECKED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @ParameterizedTest
    @ValueSource(strings = {"dg-248500662@demo.nouage.fr", "dgs-85134@demo.nouage.fr", "dgs-85151@demo.nouage.fr",
            "elu-248500662@demo.nouage.fr", "referent-248500662@demo.nouage.fr", "facilitateur@demo.nouage.fr",
            "coordination@demo.nouage.fr", ADMIN_EMAIL})
    void everyLinkShownOpensAndEveryPageIsAccessible(String email) {
        signIn(email);
        List<String> problems = new ArrayList<>();
        Set<String> rendered = new HashSet<>();
        Map<String, Integer> opened = new HashMap<>();
        Set<String> seen = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of("/", TERRITORY));
        seen.addAll(queue);
        while (!queue.isEmpty() && rendered.size() < MAX_PAGES) {
            String path = queue.poll();
            String pattern = pattern(path);
            if (!rendered.add(pattern)) {
                continue;
            }
            Response response = page.navigate(path);
            if (response == null || response.status() >= 300 || page.url().contains("/login")) {
                problems.add(path + " answered " + (response == null ? "nothing" : response.status()));
                continue;
            }
            String type = response.headers().getOrDefault("content-type", "");
            if (!type.startsWith("text/html")) {
                continue;
            }
            if (CHECKED.add(pattern)) {
                try {
                    assertAccessible(page);
                } catch (AssertionError e) {
                    problems.add(e.getMessage());
                }
            }
            @SuppressWarnings("unchecked")
            List<String> links = (List<String>) page.evalOnSelectorAll("a[href]",
                    "as => as.map(a => a.getAttribute('href'))");
            for (String href : new TreeSet<>(links)) {
                String link = sameOrigin(href);
                if (link == null || !inScope(link) || !seen.add(link)) {
                    continue;
                }
                String linkPattern = pattern(link);
                if (opened.merge(linkPattern, 1, Integer::sum) > LINKS_PER_PATTERN) {
                    continue;
                }
                APIResponse answer = context.request().get(link, RequestOptions.create().setMaxRedirects(5));
                if (answer.status() < 200 || answer.status() >= 300 || answer.url().contains("/login")) {
                    problems.add(link + " (shown on " + path + ") answered " + answer.status());
                } else if (answer.headers().getOrDefault("content-type", "").startsWith("text/html")) {
                    queue.add(link);
                }
                answer.dispose();
            }
        }
        assertThat(problems).as("links and pages of %s", email).isEmpty();
        assertThat(rendered).as("route patterns %s could open", email).hasSizeGreaterThanOrEqualTo(MIN_PAGES);
    }

    /** The path (and query) of a same-origin link, {@code null} for any other. */
    private String sameOrigin(String href) {
        if (href == null || href.isBlank() || href.startsWith("#") || href.startsWith("mailto:")
                || href.startsWith("javascript:")) {
            return null;
        }
        URI uri = URI.create(baseUrl() + "/").resolve(href.replace(" ", "%20"));
        if (!uri.toString().startsWith(baseUrl())) {
            return null;
        }
        String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return path.isEmpty() ? "/" : path;
    }

    /** Only the demo territory of the crawl, the pages every user has and the administration. */
    private static boolean inScope(String path) {
        // Swagger UI is a third party's page (ApiDescriptionIT checks that it answers)
        if (path.startsWith("/logout") || path.startsWith("/swagger-ui/")) {
            return false;
        }
        return !path.startsWith("/territoires/") || path.equals(TERRITORY) || path.startsWith(TERRITORY + "/")
                || path.startsWith(TERRITORY + "?");
    }

    /** The route a path follows: numbers replaced, query names kept, their values dropped. */
    static String pattern(String path) {
        int query = path.indexOf('?');
        String route = (query < 0 ? path : path.substring(0, query)).replaceAll("/\\d+", "/{n}")
                .replaceAll("/[0-9a-f]{6,}(\\.\\w+)?$", "/{h}$1");
        if (query < 0) {
            return route;
        }
        TreeSet<String> names = new TreeSet<>();
        for (String pair : path.substring(query + 1).split("&")) {
            names.add(pair.split("=", 2)[0]);
        }
        return route + "?" + String.join("&", names);
    }
}
