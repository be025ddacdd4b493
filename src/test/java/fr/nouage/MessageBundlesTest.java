package fr.nouage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import fr.nouage.support.MessageBundles;

/**
 * The message bundles stay in step: French (the default, copied as {@code messages.properties})
 * and English hold the same keys, with the same placeholders and properly escaped apostrophes.
 */
class MessageBundlesTest {

    /** A single quote not doubled: MessageFormat would swallow it and the text after it. */
    private static final Pattern LONE_QUOTE = Pattern.compile("(^|[^'])'([^']|$)");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    private final Map<String, String> french = MessageBundles.load("_fr");
    private final Map<String, String> fallback = MessageBundles.load("");
    private final Map<String, String> english = MessageBundles.load("_en");

    @Test
    void theDefaultBundleIsACopyOfTheFrenchOne() {
        assertThat(fallback).isEqualTo(french);
    }

    @Test
    void everyBundleHasTheSameKeys() {
        assertThat(english.keySet()).as("keys missing from messages_en.properties")
                .containsAll(french.keySet());
        assertThat(french.keySet()).as("keys missing from messages_fr.properties")
                .containsAll(english.keySet());
        assertThat(fallback.keySet()).as("keys of messages.properties").isEqualTo(french.keySet());
    }

    @Test
    void translationsKeepThePlaceholders() {
        Map<String, String> different = new TreeMap<>();
        french.forEach((key, value) -> {
            if (english.containsKey(key) && !placeholders(value).equals(placeholders(english.get(key)))) {
                different.put(key, value + " | " + english.get(key));
            }
        });
        assertThat(different).isEmpty();
    }

    @Test
    void apostrophesAreDoubledForMessageFormat() {
        Map<String, String> lone = new TreeMap<>();
        for (Map<String, String> bundle : java.util.List.of(french, english)) {
            bundle.forEach((key, value) -> {
                if (LONE_QUOTE.matcher(value).find()) {
                    lone.put(key, value);
                }
            });
        }
        assertThat(lone).as("write '' for an apostrophe (always-use-message-format is on)").isEmpty();
    }

    private static Set<String> placeholders(String value) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(value);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

}
