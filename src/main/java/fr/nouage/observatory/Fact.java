package fr.nouage.observatory;

import java.util.List;

/**
 * A sentence stating a fact, kept as data so that it is written in the reader's language: a message
 * key of the reporting module's bundle, its arguments (numbers or strings) and the path of the page
 * where the fact can be seen (e.g. {@code /territoires/248500662/calendrier}).
 */
public record Fact(String key, List<Object> args, String link) {

    public Fact {
        args = List.copyOf(args);
    }

    public static Fact of(String link, String key, Object... args) {
        return new Fact(key, List.of(args), link);
    }
}
