package fr.nouage.platform.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A rendered page as kept: its bytes, with the places of the CSRF token, of the form tokens and of
 * the header's count of unread notifications, filled anew at every showing. A place is marked in the
 * rendered page by a placeholder made of an instance secret (unguessable: a user's text cannot forge
 * one), a kind ({@code c} for the CSRF token, {@code t} for a form token, {@code u} for the unread
 * count) and a four-digit number.
 *
 * @param html        the page, placeholders included
 * @param places      offset of each placeholder in {@code html}
 * @param kinds       kind of each placeholder
 * @param numbers     number of each placeholder (form tokens of the same number get the same value)
 * @param contentType the response's content type
 * @param generation  the data generation the page was rendered from
 */
record PageCopy(byte[] html, int[] places, byte[] kinds, int[] numbers, String contentType, long generation) {

    static final int NUMBER_DIGITS = 4;
    static final byte CSRF = 'c';
    static final byte FORM_TOKEN = 't';
    static final byte UNREAD = 'u';

    /** Finds the placeholders of {@code secret} in a rendered page. */
    static PageCopy of(byte[] html, byte[] secret, String contentType, long generation) {
        int length = secret.length + 1 + NUMBER_DIGITS;
        int[] places = new int[4];
        byte[] kinds = new byte[4];
        int[] numbers = new int[4];
        int count = 0;
        int from = 0;
        int found;
        while ((found = indexOf(html, secret, from)) >= 0 && found + length <= html.length) {
            if (count == places.length) {
                places = Arrays.copyOf(places, count * 2);
                kinds = Arrays.copyOf(kinds, count * 2);
                numbers = Arrays.copyOf(numbers, count * 2);
            }
            places[count] = found;
            kinds[count] = html[found + secret.length];
            numbers[count] = Integer.parseInt(new String(html, found + secret.length + 1, NUMBER_DIGITS,
                    StandardCharsets.US_ASCII));
            count++;
            from = found + length;
        }
        return new PageCopy(html, Arrays.copyOf(places, count), Arrays.copyOf(kinds, count),
                Arrays.copyOf(numbers, count), contentType, generation);
    }

    /**
     * Writes the page at once, with its length, its places filled: the session's CSRF token, new
     * form tokens (the same for placeholders of the same number) and the unread count as it is now.
     */
    void writeTo(HttpServletResponse response, int placeholderLength, Supplier<String> csrf,
            Supplier<String> unreadBadge) throws IOException {
        byte[][] values = new byte[places.length][];
        Map<Integer, byte[]> formTokens = places.length == 0 ? Map.of() : new HashMap<>();
        byte[] csrfValue = null;
        byte[] unreadValue = null;
        int size = html.length;
        for (int i = 0; i < places.length; i++) {
            if (kinds[i] == CSRF) {
                if (csrfValue == null) {
                    csrfValue = bytes(csrf.get());
                }
                values[i] = csrfValue;
            } else if (kinds[i] == UNREAD) {
                if (unreadValue == null) {
                    unreadValue = bytes(unreadBadge.get());
                }
                values[i] = unreadValue;
            } else {
                values[i] = formTokens.computeIfAbsent(numbers[i],
                        n -> UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII));
            }
            size += values[i].length - placeholderLength;
        }
        if (contentType != null) {
            response.setContentType(contentType);
        }
        response.setContentLength(size);
        OutputStream out = response.getOutputStream();
        int read = 0;
        for (int i = 0; i < places.length; i++) {
            out.write(html, read, places[i] - read);
            out.write(values[i]);
            read = places[i] + placeholderLength;
        }
        out.write(html, read, html.length - read);
    }

    private static byte[] bytes(String text) {
        return (text == null ? "" : text).getBytes(StandardCharsets.UTF_8);
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        byte first = pattern[0];
        int last = data.length - pattern.length;
        for (int i = from; i <= last; i++) {
            if (data[i] == first && Arrays.equals(data, i, i + pattern.length, pattern, 0, pattern.length)) {
                return i;
            }
        }
        return -1;
    }
}
