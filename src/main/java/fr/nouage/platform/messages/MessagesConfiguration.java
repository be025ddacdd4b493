package fr.nouage.platform.messages;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The messages of the platform: {@code messages*.properties} in UTF-8, French when the user's language
 * has no bundle (never the server's), every message a {@link java.text.MessageFormat} pattern (an
 * apostrophe is written twice), formatted per thread.
 */
@Configuration(proxyBeanMethods = false)
public class MessagesConfiguration {

    @Bean
    MessageSource messageSource() {
        return platformMessages();
    }

    /** The messages as the platform reads them (also for tests that render without the application). */
    public static MessageSource platformMessages() {
        PerThreadFormatsMessageSource messages = new PerThreadFormatsMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setAlwaysUseMessageFormat(true);
        return messages;
    }
}
