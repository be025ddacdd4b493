package fr.nouage.synthetic;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import fr.nouage.territory.Collectivity;

/**
 * Consultations between meetings for the synthetic history: one every two months, in turn a ranked
 * choice, points to share out, a proposal to consent to and a date poll, answered by nineteen
 * collectivités out of twenty (a consultation of the 158-commune territory gathers about 150
 * answers); the most recent one is still open.
 */
final class ConsultationWriter {

    private static final String[] KINDS = {"RANKED_CHOICE", "POINTS", "CONSENT", "DATE_POLL"};
    private static final String[] STANCES = {"AGREE", "AGREE", "AGREE", "RESERVATION", "ABSTAIN"};
    private static final int OPTIONS = 4;
    private static final int POINTS_TOTAL = 10;

    private final RowSink out;
    private final Random random;
    private final Instant now;

    ConsultationWriter(RowSink out, Random random, Instant now) {
        this.out = out;
        this.random = random;
        this.now = now;
    }

    static void declareTables(RowSink out) {
        out.table("consultation", true, "id", "territory_siren", "kind", "title", "body", "points_total",
                "opened_by_name", "opened_at", "closes_at", "closed_at");
        out.table("consultation_option", true, "id", "consultation_id", "position", "label", "starts_at");
        out.table("consultation_answer", true, "id", "consultation_id", "collectivity_siren", "stance", "comment",
                "answered_by_name", "answered_at");
        out.table("consultation_answer_value", false, "answer_id", "option_id", "amount");
    }

    void write(String territory, List<Collectivity> members, int years) {
        int count = years * 6;
        for (int i = 0; i < count; i++) {
            Instant opened = now.minus(Duration.ofDays(61L * (count - i)));
            consultation(territory, members, KINDS[i % KINDS.length], opened, i == count - 1);
        }
    }

    private void consultation(String territory, List<Collectivity> members, String kind, Instant opened, boolean open) {
        long id = out.nextId("consultation");
        Instant closes = open ? now.plus(Duration.ofDays(10)) : opened.plus(Duration.ofDays(14));
        out.add("consultation", id, territory, kind, "Consultation entre deux réunions", "Merci de répondre avant la date.",
                kind.equals("POINTS") ? POINTS_TOTAL : null, "Direction générale", Timestamp.from(opened),
                Timestamp.from(closes), open ? null : Timestamp.from(closes));
        long[] options = kind.equals("CONSENT") ? new long[0] : new long[OPTIONS];
        for (int o = 0; o < options.length; o++) {
            options[o] = out.nextId("consultation_option");
            out.add("consultation_option", options[o], id, o + 1, "Proposition " + (o + 1),
                    kind.equals("DATE_POLL") ? Timestamp.from(closes.plus(Duration.ofDays(7L + o))) : null);
        }
        for (Collectivity member : members) {
            if (random.nextInt(20) == 0) {
                continue;
            }
            long answer = out.nextId("consultation_answer");
            out.add("consultation_answer", answer, id, member.siren(),
                    kind.equals("CONSENT") ? STANCES[random.nextInt(STANCES.length)] : null, null, "Direction",
                    Timestamp.from(opened.plus(Duration.ofHours(1 + random.nextInt(200)))));
            values(kind, answer, options);
        }
    }

    private void values(String kind, long answer, long[] options) {
        int remaining = POINTS_TOTAL;
        int first = random.nextInt(Math.max(1, options.length));
        for (int o = 0; o < options.length; o++) {
            int option = (first + o) % options.length;
            int amount = switch (kind) {
                case "RANKED_CHOICE" -> o + 1;
                case "POINTS" -> o == options.length - 1 ? remaining : random.nextInt(remaining + 1);
                default -> random.nextInt(3) == 0 ? 0 : 1;
            };
            if (kind.equals("POINTS")) {
                remaining -= amount;
            }
            if (amount > 0) {
                out.add("consultation_answer_value", answer, options[option], amount);
            }
        }
    }
}
