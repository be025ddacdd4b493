package fr.nouage.observatory.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import fr.nouage.observatory.Fact;

/** A fact's sentence in the reader's language; an argument that is itself a message key is translated too. */
@Component
public class FactText {

    private final MessageSource messages;

    FactText(MessageSource messages) {
        this.messages = messages;
    }

    public String of(Fact fact) {
        Locale locale = LocaleContextHolder.getLocale();
        Object[] args = fact.args().stream().map(a -> a instanceof String s && s.startsWith("observatory.")
                ? messages.getMessage(s, null, s, locale) : a).toArray();
        return messages.getMessage(fact.key(), args, fact.key(), locale);
    }
}
