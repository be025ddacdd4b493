package fr.nouage.observatory.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import fr.nouage.platform.RefusedOperation;
import fr.nouage.territory.Territories;
import fr.nouage.territory.Territory;

/** What the observatory's pages look up: the territory, a typed day, a refusal's sentence. */
@Component
class ObservatoryPages {

    private final Territories territories;
    private final MessageSource messages;

    ObservatoryPages(Territories territories, MessageSource messages) {
        this.territories = territories;
        this.messages = messages;
    }

    Territory territory(String siren) {
        return territories.find(siren).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** A day typed in the address ({@code yyyy-MM-dd}); {@code null} when blank or unreadable. */
    static LocalDate day(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    String text(RefusedOperation e) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale);
    }
}
