package fr.nouage.platform.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class PlainPatternTest {

    private static final Object[] TEXTS = {"Mme Durand", "jeudi 14 janvier 2027", "{1}", "l'EPCI", "5"};

    @Test
    void fillsLikeMessageFormatEveryMessageOfEveryLanguage() throws IOException {
        int plain = 0;
        for (String bundle : new String[] {"messages.properties", "messages_fr.properties", "messages_en.properties"}) {
            Properties messages = new Properties();
            try (var in = new InputStreamReader(getClass().getResourceAsStream("/" + bundle), StandardCharsets.UTF_8)) {
                messages.load(in);
            }
            for (String key : messages.stringPropertyNames()) {
                MessageFormat format = new MessageFormat(messages.getProperty(key), Locale.FRENCH);
                PlainPattern pattern = PlainPattern.of(format);
                if (pattern != null) {
                    plain++;
                    for (int count = 1; count <= TEXTS.length; count++) {
                        Object[] args = java.util.Arrays.copyOf(TEXTS, count);
                        assertThat(pattern.fill(args)).as(bundle + " " + key).isEqualTo(format.format(args));
                    }
                }
            }
        }
        assertThat(plain).isGreaterThan(100);
    }

    @Test
    void leavesToMessageFormatWhatIsNotPlain() {
        assertThat(PlainPattern.of(new MessageFormat("{0} à l''heure", Locale.FRENCH))).isNull();
        assertThat(PlainPattern.of(new MessageFormat("{0,number} collectivités", Locale.FRENCH))).isNull();
        assertThat(PlainPattern.of(new MessageFormat("{0,choice,0#aucune|1#une|1<{0} réunions}", Locale.FRENCH)))
                .isNull();
        assertThat(PlainPattern.of(new MessageFormat("{0}, le {1}", Locale.FRENCH)).fill(new Object[] {"A", 3}))
                .as("a number is formatted by MessageFormat").isNull();
    }
}
