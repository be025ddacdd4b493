package fr.nouage.support;

import org.springframework.context.MessageSource;

/**
 * The application's message bundles for unit tests, read with the settings of
 * {@code spring.messages} in application.yml.
 */
public final class TestMessages {

    private TestMessages() {
    }

    public static MessageSource bundles() {
        return fr.nouage.platform.IcuMessageSource.platformMessages();
    }
}
