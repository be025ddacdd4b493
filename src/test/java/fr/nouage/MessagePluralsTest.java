package fr.nouage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;

import fr.nouage.platform.IcuMessageSource;
import fr.nouage.support.MessageBundles;

/**
 * Every message that takes a count agrees with it, in French and in English: rendered with 0, 1 and
 * 2, none shows "(s)", none puts a plural noun after 0 or 1 in French, and the text for 1 differs
 * from the text for 2. No message writes "(s)", and no count is followed by a plural noun outside a
 * plural form.
 */
class MessagePluralsTest {

    private static final Pattern COUNTED = Pattern.compile("\\{(\\d+),\\s*(plural|choice)");
    private static final Pattern NUMBERED = Pattern.compile("\\{(\\d+),\\s*number");
    /** A count followed by a word ending in s or x: "3 points", "Les {0} points". */
    private static final Pattern BARE_COUNT = Pattern.compile("\\{\\d+(,\\s*number[^}]*)?}\\s+[\\p{L}·]+[sx]\\b");
    /** French singular wrongly followed by a plural: "1 points", "0 collectivités". */
    private static final Pattern ONE_THEN_PLURAL = Pattern.compile("(?<![\\d\\u202f ])[01] (?!EPCI)[\\p{L}·]+s\\b");
    /**
     * Messages whose numbers are populations or amounts, far above one and passed already formatted
     * (a formatted text cannot choose a plural form).
     */
    private static final Set<String> POPULATIONS = Set.of("home.summary", "charter.adoption.population",
            "charter.adoption.populationMissing", "charter.adoption.inhabitants",
            "charter.adoption.rule.MAJORITY_HALF_POPULATION", "parity.population", "agreement.shares.caption",
            "agreementForm.simulation.caption", "annex.terms");

    private final MessageSource messages = IcuMessageSource.platformMessages();

    @Test
    void noMessageWritesAnOptionalPlural() {
        for (String bundle : List.of("_fr", "_en")) {
            Map<String, String> optional = new TreeMap<>();
            MessageBundles.load(bundle).forEach((key, value) -> {
                if (value.contains("(s)") || value.contains("(es)") || value.contains("(x)")) {
                    optional.put(key, value);
                }
            });
            assertThat(optional).as(bundle).isEmpty();
        }
    }

    @Test
    void noCountIsFollowedByAPluralNounOutsideAPluralForm() {
        Map<String, String> bare = new TreeMap<>();
        MessageBundles.load("_fr").forEach((key, value) -> {
            if (!POPULATIONS.contains(key) && BARE_COUNT.matcher(withoutPluralForms(value)).find()) {
                bare.put(key, value);
            }
        });
        assertThat(bare).as("write {0, plural, one {# point} other {# points}}").isEmpty();
    }

    @Test
    void everyMessageTakingACountAgreesWithZeroOneAndTwo() {
        List<String> wrong = new ArrayList<>();
        Map<String, String> french = MessageBundles.load("_fr");
        int checked = 0;
        for (Map.Entry<String, String> e : french.entrySet()) {
            Set<Integer> counts = indexes(COUNTED, e.getValue());
            if (counts.isEmpty()) {
                continue;
            }
            checked++;
            for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
                String[] rendered = new String[3];
                for (int n = 0; n <= 2; n++) {
                    rendered[n] = messages.getMessage(e.getKey(), arguments(e.getValue(), counts, n), locale);
                    if (rendered[n].contains("(s)")) {
                        wrong.add(e.getKey() + " [" + locale + ", " + n + "]: " + rendered[n]);
                    }
                    if (locale == Locale.FRENCH && n < 2 && ONE_THEN_PLURAL.matcher(rendered[n]).find()) {
                        wrong.add(e.getKey() + " [" + n + "]: " + rendered[n]);
                    }
                }
                if (rendered[1].equals(rendered[2])) {
                    wrong.add(e.getKey() + " [" + locale + "] reads the same for 1 and 2: " + rendered[1]);
                }
            }
        }
        assertThat(checked).as("messages taking a count").isGreaterThan(50);
        assertThat(wrong).isEmpty();
    }

    @Test
    void frenchTakesTheSingularForZeroAndOne() {
        assertThat(messages.getMessage("meeting.agenda.caption", new Object[] {1}, Locale.FRENCH))
                .isEqualTo("Le seul point de l'ordre du jour");
        assertThat(messages.getMessage("charter.adoption.countValue", new Object[] {0, 12}, Locale.FRENCH))
                .isEqualTo("0 collectivité sur 12");
        assertThat(messages.getMessage("charter.adoption.countValue", new Object[] {2, 12}, Locale.FRENCH))
                .isEqualTo("2 collectivités sur 12");
        assertThat(messages.getMessage("deliberation.quorum.value", new Object[] {7, 12}, Locale.FRENCH))
                .isEqualTo("7 collectivités présentes requises sur 12");
    }

    /** The arguments of a message: the count for every counted index, 3 for other numbers, a word otherwise. */
    private static Object[] arguments(String pattern, Set<Integer> counts, int n) {
        Set<Integer> numbers = indexes(NUMBERED, pattern);
        int max = -1;
        Matcher m = Pattern.compile("\\{(\\d+)").matcher(pattern);
        while (m.find()) {
            max = Math.max(max, Integer.parseInt(m.group(1)));
        }
        Object[] args = new Object[max + 1];
        for (int i = 0; i <= max; i++) {
            args[i] = counts.contains(i) ? (Object) n : numbers.contains(i) ? (Object) 3 : "Mallièvre";
        }
        return args;
    }

    private static Set<Integer> indexes(Pattern pattern, String value) {
        Set<Integer> found = new TreeSet<>();
        Matcher m = pattern.matcher(value);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }

    /** The pattern with every plural or choice form removed (nested braces included). */
    private static String withoutPluralForms(String value) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < value.length()) {
            Matcher m = COUNTED.matcher(value);
            if (m.find(i) && m.start() == i) {
                int depth = 0;
                int j = i;
                do {
                    char c = value.charAt(j);
                    depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                    j++;
                } while (depth > 0 && j < value.length());
                i = j;
            } else {
                out.append(value.charAt(i++));
            }
        }
        return out.toString();
    }

}
