package fr.nouage.accompaniment.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import fr.nouage.accompaniment.AccompanimentException;
import fr.nouage.platform.DateFormats;
import fr.nouage.platform.RefusedOperation;
import fr.nouage.territory.Territories;
import fr.nouage.territory.Territory;

/**
 * What the seminar pages share: a refusal becomes the error page of its status, dates and times
 * typed in forms, territories' names.
 */
@ControllerAdvice(assignableTypes = {SeminarController.class, WallController.class, PhoneController.class,
        DelegationController.class, RestitutionController.class, CommitmentController.class})
class SeminarPages {

    private final MessageSource messages;
    private final Territories territories;

    SeminarPages(MessageSource messages, Territories territories) {
        this.messages = messages;
        this.territories = territories;
    }

    @ExceptionHandler(RefusedOperation.class)
    void refused(RefusedOperation e, HttpServletResponse response) throws IOException {
        response.sendError(e.status());
    }

    /** The sentence of a refusal in the user's language. */
    String text(RefusedOperation e) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale);
    }

    /** Names of the territories using Nouage, by SIREN, in the order of their names. */
    Map<String, String> territoryNames() {
        Map<String, String> names = new LinkedHashMap<>();
        territories.all().stream().sorted(java.util.Comparator.comparing(Territory::name))
                .forEach(t -> names.put(t.siren(), t.name()));
        return names;
    }

    /** Names of the collectivités of these territories, by SIREN. */
    Map<String, String> collectivityNames(String... territorySirens) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String siren : territorySirens) {
            territories.collectivities(siren).forEach(c -> names.put(c.siren(), c.name()));
        }
        return names;
    }

    static LocalDate date(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            throw new AccompanimentException(RefusedOperation.Reason.INVALID, "accompaniment.error.day");
        }
    }

    static LocalTime time(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(typed.strip());
        } catch (DateTimeParseException e) {
            throw new AccompanimentException(RefusedOperation.Reason.INVALID, "accompaniment.error.times");
        }
    }

    /** A day as a French reader expects it, e.g. jeudi 18 mars 2027. */
    static String day(LocalDate date) {
        return date == null ? "" : DateFormats.of("EEEE d MMMM yyyy", Locale.FRENCH).format(date);
    }

    /** A time of day, e.g. 9 h 30. */
    static String hour(LocalTime time) {
        return time == null ? "" : DateFormats.of("H' h 'mm", Locale.FRENCH).format(time);
    }
}
