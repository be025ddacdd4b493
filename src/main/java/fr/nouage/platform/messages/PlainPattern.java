package fr.nouage.platform.messages;

import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * A message whose pattern is plain text and {@code {n}} placeholders only (no apostrophe, no
 * number, date or choice format): filled with text arguments by concatenation, which gives exactly
 * what {@link MessageFormat} gives for them at a fraction of its cost (a page fills a message per
 * row of its tables).
 */
final class PlainPattern {

    private final String[] texts;
    private final int[] arguments;

    private PlainPattern(String[] texts, int[] arguments) {
        this.texts = texts;
        this.arguments = arguments;
    }

    /** The plain pattern of a format, {@code null} when it is not one. */
    static PlainPattern of(MessageFormat format) {
        for (Format f : format.getFormats()) {
            if (f != null) {
                return null;
            }
        }
        String pattern = format.toPattern();
        if (pattern.indexOf('\'') >= 0) {
            return null;
        }
        List<String> texts = new ArrayList<>();
        List<Integer> arguments = new ArrayList<>();
        int from = 0;
        for (int open = pattern.indexOf('{'); open >= 0; open = pattern.indexOf('{', from)) {
            int close = pattern.indexOf('}', open);
            if (close < 0) {
                return null;
            }
            String index = pattern.substring(open + 1, close);
            if (index.isEmpty() || !index.chars().allMatch(Character::isDigit)) {
                return null;
            }
            texts.add(pattern.substring(from, open));
            arguments.add(Integer.parseInt(index));
            from = close + 1;
        }
        if (pattern.indexOf('}', from) >= 0) {
            return null;
        }
        texts.add(pattern.substring(from));
        return new PlainPattern(texts.toArray(String[]::new), arguments.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * The message filled with {@code args}, each a {@link String}; {@code null} when one is not (the
     * caller then formats with {@link MessageFormat}). A placeholder without argument stays as written.
     */
    String fill(Object[] args) {
        for (Object arg : args) {
            if (!(arg instanceof String)) {
                return null;
            }
        }
        StringBuilder message = new StringBuilder(64);
        for (int i = 0; i < arguments.length; i++) {
            message.append(texts[i]);
            int index = arguments[i];
            if (index < args.length) {
                message.append((String) args[index]);
            } else {
                message.append('{').append(index).append('}');
            }
        }
        return message.append(texts[arguments.length]).toString();
    }
}
