package fr.nouage.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;

import com.code_intelligence.jazzer.junit.FuzzTest;

import fr.nouage.charter.CharterException;
import fr.nouage.charter.internal.CharterMarkdown;
import fr.nouage.support.ExecutableMarkup;

/**
 * Fuzzes the Markdown of the minutes and of the charter: rendering never fails and never lets
 * anything executable through (only the allowed tags and attributes, links to http, https or mailto
 * only, checked as {@link ExecutableMarkup} checks a page), and reading a charter to import gives a charter or a {@link CharterException}, never
 * another exception or a hang. The seeds are in {@code SafeMarkdownFuzzTestInputs/markdown}.
 */
class SafeMarkdownFuzzTest {

    private static final AtomicLong EXECUTIONS = new AtomicLong();
    private static final long STARTED = System.nanoTime();
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>");
    private static final Pattern ALLOWED_TAGS = Pattern.compile(
            "p|br|hr|h[1-6]|blockquote|pre|code|ul|ol|li|strong|em|b|i|u|s|del|sub|sup|a");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s([^\\s=/>]+)\\s*=\\s*\"([^\"]*)\"");
    private static final CharterMarkdown CHARTER = new CharterMarkdown(theme -> theme.name(), "Règle active");

    @FuzzTest
    void markdown(byte[] input) {
        EXECUTIONS.incrementAndGet();
        String text = new String(input, StandardCharsets.UTF_8);
        assertHarmless(SafeMarkdown.toHtml(text));
        try {
            CHARTER.read(text);
        } catch (CharterException refused) {
            // a clean refusal of a charter that does not follow the convention
        }
    }

    /** Nothing executable, only the allowed tags, and only {@code href}, {@code rel} and {@code start} attributes. */
    static void assertHarmless(String html) {
        assertThat(ExecutableMarkup.in(html)).as("executable markup in %s", html).isEmpty();
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            String name = tag.group(2).toLowerCase(Locale.ROOT);
            assertThat(ALLOWED_TAGS.matcher(name).matches()).as("tag <%s> in %s", name, html).isTrue();
            Matcher attribute = ATTRIBUTE.matcher(tag.group(3));
            while (attribute.find()) {
                assertThat(attribute.group(1).toLowerCase(Locale.ROOT)).as("attribute of <%s> in %s", name, html)
                        .isIn("href", "rel", "start");
            }
        }
    }

    @AfterAll
    static void executions() {
        System.out.printf("FUZZ Markdown renderer, sanitiser and charter reader: %d executions in %d s%n",
                EXECUTIONS.get(), (System.nanoTime() - STARTED) / 1_000_000_000L);
    }
}
