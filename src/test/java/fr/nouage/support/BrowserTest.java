package fr.nouage.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

/**
 * A browser test: the whole application (as in {@link IntegrationTest}) driven by Debian's
 * Chromium through Playwright. The browser is launched once per JVM and shared by every browser
 * test class; each test gets a fresh context (no cookie, no session) and page.
 */
public abstract class BrowserTest extends IntegrationTest {

    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

    private static Browser browser;

    /** The context of the current test: its cookies are the signed-in session. */
    protected BrowserContext context;
    /** The page of the current test. */
    protected Page page;

    private static synchronized Browser browser() {
        if (browser == null) {
            // never let the driver fetch its own browsers: Debian's Chromium is used
            Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Paths.get("/usr/bin/chromium"))
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run")));
            Runtime.getRuntime().addShutdownHook(new Thread(playwright::close));
            // a busy two-core machine can take a few seconds for an import or a page
            PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        }
        return browser;
    }

    private boolean javaScriptEnabled;

    @BeforeEach
    void openPage() {
        newSession();
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    /** Starts over in a new context (as another person, on another computer): no cookie, no session. */
    protected void newSession() {
        open(true);
    }

    /** Starts over in a new context whose browser runs no JavaScript, to check that forms work without it. */
    protected void newSessionWithoutJavaScript() {
        open(false);
    }

    private void open(boolean javaScript) {
        if (context != null) {
            context.close();
        }
        context = newContext(javaScript);
        page = context.newPage();
        javaScriptEnabled = javaScript;
    }

    private BrowserContext newContext(boolean javaScript) {
        BrowserContext created = browser().newContext(new Browser.NewContextOptions().setBaseURL(baseUrl())
                .setLocale("fr-FR").setViewportSize(1280, 900).setJavaScriptEnabled(javaScript));
        created.setDefaultTimeout(15_000);
        return created;
    }

    /** Signs in through the sign-in form with the demo password and waits to leave it. */
    protected void signIn(String email) {
        signIn(email, DEMO_PASSWORD);
    }

    /** Signs in through the sign-in form and waits to leave it. */
    protected void signIn(String email, String password) {
        page.navigate("/login");
        page.getByLabel("Adresse électronique").fill(email);
        page.getByLabel("Mot de passe", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();
        page.waitForURL(url -> !url.contains("/login"));
    }

    /**
     * Runs axe-core on the page as it is now (WCAG 2.0 and 2.1, levels A and AA) and fails on any
     * serious or critical violation, naming each rule and the elements concerned.
     */
    protected void assertAccessible(Page page) {
        if (!javaScriptEnabled) {
            // axe-core is JavaScript: check the very same document in a browser that runs it
            String html = page.content();
            try (BrowserContext withScript = newContext(true)) {
                Page copy = withScript.newPage();
                copy.route("**/webjars/**", route -> route.abort());
                copy.navigate("/login");
                copy.setContent(html);
                check(copy);
            }
            return;
        }
        check(page);
    }

    private static void check(Page page) {
        // legacy mode runs axe in the page itself, about twice as fast as opening a page to merge
        // frame results, and Nouage's pages have no frame
        AxeResults results = new AxeBuilder(page).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
        List<Rule> blocking = results.getViolations().stream()
                .filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact())).toList();
        assertThat(blocking).as(() -> "accessibility violations on " + page.url() + ":\n" + describe(blocking))
                .isEmpty();
    }

    private static String describe(List<Rule> rules) {
        return rules.stream().map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp()
                + "\n" + rule.getNodes().stream().map(node -> "    " + node.getTarget() + " " + node.getHtml())
                        .collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }
}
