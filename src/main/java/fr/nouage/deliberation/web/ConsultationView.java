package fr.nouage.deliberation.web;

import java.util.List;
import java.util.Map;

import fr.nouage.deliberation.Consultation;
import fr.nouage.deliberation.ConsultationAnswer;
import fr.nouage.deliberation.ConsultationKind;
import fr.nouage.deliberation.ConsultationResult;
import fr.nouage.platform.PageContext;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territory;

/**
 * The page of a consultation.
 *
 * @param answers     every answer (read in one query whatever their number); shown only when
 *                    {@code showResults}
 * @param result      the result, {@code null} unless shown
 * @param own         the collectivités the user answers for
 * @param open        whether answers are still accepted
 * @param showResults whether the user reads the answers and the result: after closing, or the facilitator
 * @param mayClose    whether the user may close it now (who opened it, the facilitator)
 * @param members     number of collectivités consulted
 * @param typed       the refused answer's fields, as typed ({@code null} when none was refused)
 */
public record ConsultationView(Territory territory, Consultation consultation, List<ConsultationAnswer> answers,
        ConsultationResult result, List<Collectivity> own, boolean open, boolean showResults, boolean mayClose,
        int members, Map<String, String> names, Map<String, String> typed, FormError error) {

    public String name(String siren) {
        return siren == null ? "" : names.getOrDefault(siren, siren);
    }

    public ConsultationKind kind() {
        return consultation.kind();
    }

    /** The current answer of a collectivité, {@code null} if none. */
    public ConsultationAnswer answerOf(String siren) {
        return answers.stream().filter(a -> a.collectivitySiren().equals(siren)).findFirst().orElse(null);
    }

    /**
     * The value to show in a field of a collectivité's answer form: as typed after a refusal, else
     * from its current answer, else empty.
     */
    public String field(String siren, String name) {
        if (typed != null) {
            return typed.getOrDefault(name, "");
        }
        ConsultationAnswer a = answerOf(siren);
        if (a == null) {
            return "";
        }
        if (name.equals("stance")) {
            return a.stance() == null ? "" : a.stance().name();
        }
        if (name.equals("commentaire")) {
            return a.comment() == null ? "" : a.comment();
        }
        if (name.equals("choix")) {
            return a.values().keySet().stream().findFirst().map(String::valueOf).orElse("");
        }
        int dash = name.indexOf('-');
        if (dash > 0) {
            int value = a.value(Long.parseLong(name.substring(dash + 1)));
            return value == 0 ? "" : String.valueOf(value);
        }
        return "";
    }

    /** The text of an option: its label, or its date and time for a date poll. */
    public String label(Consultation.Option o, PageContext page) {
        if (o == null) {
            return "";
        }
        return o.startsAt() == null ? o.label() : Dates.dayAt(o.startsAt(), page);
    }

    /** The text of an option by id. */
    public String label(long optionId, PageContext page) {
        return label(consultation.option(optionId), page);
    }

    /** Number of collectivités that answered. */
    public int answered() {
        return answers.size();
    }
}
