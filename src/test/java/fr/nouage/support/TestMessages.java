package fr.nouage.support;

import org.springframework.context.MessageSource;

import fr.nouage.platform.messages.MessagesConfiguration;

/** The application's message bundles, read as the application reads them, for unit tests. */
public final class TestMessages {

    private TestMessages() {
    }

    public static MessageSource bundles() {
        return MessagesConfiguration.platformMessages();
    }
}
