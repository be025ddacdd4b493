package fr.nouage.deliberation.web;

import java.util.LinkedHashMap;
import java.util.Map;

import fr.nouage.deliberation.Consultation;
import fr.nouage.deliberation.Consultations;
import fr.nouage.deliberation.DeliberationException;

/**
 * Reads the answer form of a consultation: {@code stance}, {@code commentaire}, {@code choix} (the
 * option chosen), {@code rang-<option>}, {@code points-<option>} and {@code dispo-<option>}.
 */
final class AnswerForm {

    private AnswerForm() {
    }

    static Consultations.Answer read(Consultation c, Map<String, String> form) {
        Map<Long, Integer> values = new LinkedHashMap<>();
        switch (c.kind()) {
            case SINGLE_CHOICE -> {
                String choice = form.getOrDefault("choix", "");
                if (!choice.isBlank()) {
                    values.put(number(choice), 1);
                }
            }
            case RANKED_CHOICE -> fields(c, form, "rang-", values);
            case POINTS -> fields(c, form, "points-", values);
            case DATE_POLL -> c.options().forEach(o -> {
                if (form.containsKey("dispo-" + o.id())) {
                    values.put(o.id(), 1);
                }
            });
            default -> {
            }
        }
        return new Consultations.Answer(DeliberationPageController.stance(form.getOrDefault("stance", "")),
                form.get("commentaire"), values);
    }

    private static void fields(Consultation c, Map<String, String> form, String prefix, Map<Long, Integer> values) {
        for (Consultation.Option o : c.options()) {
            String value = form.getOrDefault(prefix + o.id(), "");
            if (!value.isBlank()) {
                values.put(o.id(), (int) number(value));
            }
        }
    }

    private static long number(String value) {
        try {
            long n = Long.parseLong(value.strip());
            if (n > Integer.MAX_VALUE || n < Integer.MIN_VALUE) {
                throw new NumberFormatException(value);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new DeliberationException(DeliberationException.Reason.INVALID, "consultation.error.number");
        }
    }
}
