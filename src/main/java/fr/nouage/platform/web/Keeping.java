package fr.nouage.platform.web;

import fr.nouage.platform.FormTokens;

/**
 * A page being rendered to be kept (a request attribute): where it will be kept, the territory whose
 * data it shows ({@code null}: any data), the generation of that data read before its handler ran,
 * and the placeholders its tokens and its unread count are rendered as.
 */
final class Keeping implements FormTokens.Source {

    private static final int NUMBERS = 10_000;

    private final String key;
    private final String territory;
    private final long generation;
    private final String secret;
    private int formTokens;
    private boolean handled;

    Keeping(String key, String territory, long generation, String secret) {
        this.key = key;
        this.territory = territory;
        this.generation = generation;
        this.secret = secret;
    }

    String key() {
        return key;
    }

    String territory() {
        return territory;
    }

    long generation() {
        return generation;
    }

    /** The handler returned normally: its page may be kept. */
    void handled() {
        handled = true;
    }

    boolean wasHandled() {
        return handled;
    }

    /** Stands for the session's CSRF token in the rendered page. */
    String csrfPlaceholder() {
        return placeholder((char) PageCopy.CSRF, 0);
    }

    /** Stands for the header's count of unread notifications, which any territory's event may move. */
    String unreadPlaceholder() {
        return placeholder((char) PageCopy.UNREAD, 0);
    }

    @Override
    public String formTokenPlaceholder() {
        formTokens = (formTokens + 1) % NUMBERS;
        return placeholder((char) PageCopy.FORM_TOKEN, formTokens);
    }

    private String placeholder(char kind, int number) {
        String digits = Integer.toString(number + NUMBERS).substring(1);
        return secret + kind + digits;
    }
}
