package fr.nouage.territory.web;

import java.text.CollationKey;
import java.text.Collator;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Keys that put names in French alphabetical order (accents and case after the letters). Computing a
 * key costs more than rendering a row of the table, and names rarely change: each name's key is kept,
 * for as many names as France has communes.
 */
final class FrenchOrder {

    private static final Cache<String, CollationKey> KEYS = Caffeine.newBuilder().maximumSize(40_000).build();

    private FrenchOrder() {
    }

    static CollationKey key(String name) {
        return KEYS.get(name, n -> collator().getCollationKey(n));
    }

    // a collator is not safe to share between threads: each computation takes its own
    private static Collator collator() {
        return Collator.getInstance(Locale.FRENCH);
    }
}
