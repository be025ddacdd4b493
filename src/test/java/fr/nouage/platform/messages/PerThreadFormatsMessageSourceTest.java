package fr.nouage.platform.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

class PerThreadFormatsMessageSourceTest {

    private final MessageSource messages = new MessagesConfiguration().messageSource();

    @Test
    void formatsLikeSpringsOwnMessageSource() {
        ResourceBundleMessageSource spring = new ResourceBundleMessageSource();
        spring.setBasename("messages");
        spring.setDefaultEncoding("UTF-8");
        spring.setFallbackToSystemLocale(false);
        spring.setAlwaysUseMessageFormat(true);

        for (String key : new String[] {"meeting.attendance.caption", "attendance.unknown", "consultation.answers.byValue",
                "consultation.answers.value", "dateTime.dayAt"}) {
            for (Object[] args : new Object[][] {{"Mme Durand", "14/01/2027 à 18:30"}, {12, 158}, {"Mme Durand", 1234}}) {
                assertThat(messages.getMessage(key, args, Locale.FRENCH)).as(key)
                        .isEqualTo(spring.getMessage(key, args, Locale.FRENCH)).doesNotContain("{0}");
                assertThat(messages.getMessage(key, args, Locale.ENGLISH)).as(key)
                        .isEqualTo(spring.getMessage(key, args, Locale.ENGLISH));
            }
        }
    }

    @Test
    void eachThreadFormatsWithItsOwnCopy() throws Exception {
        PerThreadFormatsMessageSource source = (PerThreadFormatsMessageSource) messages;
        String key = "consultation.answers.byValue";

        assertThat(source.ownCopy(key, Locale.FRENCH)).isTrue();
        Object here = source.resolveCode(key, Locale.FRENCH);
        Object there = CompletableFuture.supplyAsync(() -> source.resolveCode(key, Locale.FRENCH)).get();

        assertThat(here).isSameAs(source.resolveCode(key, Locale.FRENCH)).isNotSameAs(there);
    }

    @Test
    void unknownKeysStayUnknown() {
        assertThat(messages.getMessage("no.such.key", null, "défaut", Locale.FRENCH)).isEqualTo("défaut");
    }
}
