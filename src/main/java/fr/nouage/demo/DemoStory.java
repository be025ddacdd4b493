package fr.nouage.demo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import org.springframework.core.io.ClassPathResource;

import fr.nouage.meeting.BodyKind;
import fr.nouage.meeting.ItemKind;

/**
 * The story of each demonstration territory (DESIGN.md, section 2) and the texts of its fictitious
 * history, read from {@code demo/history.properties}.
 *
 * @param upstream      the élus' body the collective meets before (conseil for Mortagne and Ancenis,
 *                      bureau for the Achards and Erdre et Gesvres)
 * @param communesHost  whether hosting and facilitation rotate among the communes only (Achards)
 * @param charter       whether the territory wrote and adopted its charter (Erdre et Gesvres)
 * @param groups        names of the thematic working groups that meet besides the collective (Ancenis)
 */
record DemoStory(String siren, BodyKind upstream, boolean communesHost, boolean charter, List<String> groups,
        List<Topic> own, Texts texts) {

    static final String MORTAGNE = "248500662";
    static final String ACHARDS = "248500530";
    static final String ERDRE = "244400503";
    static final String ANCENIS = "244400552";

    /** An agenda item of the story: kind, title, description and the opinion or decision that closed it. */
    record Topic(ItemKind kind, String title, String description, String conclusion) {

        static Topic parse(String line) {
            String[] parts = line.split("\\|", -1);
            return new Topic(ItemKind.valueOf(parts[0]), parts[1], parts[2], parts.length > 3 ? parts[3] : "");
        }
    }

    /** A consultation of the story; {@code options} empty for a consent or an advice. */
    record ConsultationText(String kind, String title, String body, List<String> options) {

        static ConsultationText parse(String line) {
            String[] parts = line.split("\\|", -1);
            List<String> options = parts.length > 3 && !parts[3].isBlank() ? Arrays.asList(parts[3].split(";"))
                    : List.of();
            return new ConsultationText(parts[0], parts[1], parts[2], options);
        }
    }

    /** Texts shared by every territory. */
    record Texts(List<Topic> common, List<Topic> next, List<String> actions, List<ConsultationText> consultations,
            ConsultationText openConsultation, Properties all) {

        String text(String key) {
            return all.getProperty(key, "");
        }
    }

    static DemoStory of(String siren, Texts texts) {
        List<Topic> own = list(texts.all(), siren + ".topic.").stream().map(Topic::parse).toList();
        List<String> groups = list(texts.all(), siren + ".group.");
        return switch (siren) {
            case MORTAGNE -> new DemoStory(siren, BodyKind.CONSEIL_COMMUNAUTAIRE, false, false, groups, own, texts);
            case ACHARDS -> new DemoStory(siren, BodyKind.BUREAU, true, false, groups, own, texts);
            case ERDRE -> new DemoStory(siren, BodyKind.BUREAU, false, true, groups, own, texts);
            default -> new DemoStory(siren, BodyKind.CONSEIL_COMMUNAUTAIRE, false, false, groups, own, texts);
        };
    }

    static Texts loadTexts() {
        Properties all = new Properties();
        try (Reader reader = new InputStreamReader(new ClassPathResource("demo/history.properties").getInputStream(),
                StandardCharsets.UTF_8)) {
            all.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Texts(list(all, "topic.").stream().map(Topic::parse).toList(),
                list(all, "next.").stream().map(Topic::parse).toList(), list(all, "action."),
                list(all, "consultation.").stream().map(ConsultationText::parse).toList(),
                ConsultationText.parse(all.getProperty("consultation.open")), all);
    }

    /** The values of {@code prefix1}, {@code prefix2}… in order, up to the first missing number. */
    private static List<String> list(Properties all, String prefix) {
        List<String> values = new ArrayList<>();
        for (int i = 1; all.containsKey(prefix + i); i++) {
            values.add(all.getProperty(prefix + i));
        }
        return values;
    }
}
