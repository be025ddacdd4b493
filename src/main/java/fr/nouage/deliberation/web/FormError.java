package fr.nouage.deliberation.web;

import java.util.List;

import fr.nouage.deliberation.DeliberationException;
import fr.nouage.platform.PageContext;

/**
 * Why a form was refused, shown next to the form kept as typed.
 *
 * @param form which form of the page it concerns
 */
public record FormError(String form, String key, List<Object> arguments) {

    static FormError of(String form, DeliberationException e) {
        return new FormError(form, e.messageKey(), List.of(e.arguments()));
    }

    static FormError of(String form, String key, Object... arguments) {
        return new FormError(form, key, List.of(arguments));
    }

    /** Whether it concerns that form. */
    public boolean on(String name) {
        return form.equals(name);
    }

    /** The message in the user's language. */
    public String text(PageContext page) {
        return page.t(key, arguments.stream().map(a -> a == null ? "" : a).toArray());
    }
}
