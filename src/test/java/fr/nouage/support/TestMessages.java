package fr.nouage.support;

import org.springframework.context.support.ResourceBundleMessageSource;

/** The application's message bundles, configured as the application reads them, for unit tests. */
public final class TestMessages {

    private TestMessages() {
    }

    public static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setAlwaysUseMessageFormat(true);
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
