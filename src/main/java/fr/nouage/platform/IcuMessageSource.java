package fr.nouage.platform;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

import com.ibm.icu.text.MessageFormat;

/**
 * The platform's messages formatted with ICU's {@link MessageFormat}, so that a message taking a
 * count agrees with it under French plural rules ({@code {0, plural, one {# point} other {# points}}}:
 * 0 and 1 take the singular). Everything else is as Spring Boot's own message source configured by
 * {@code spring.messages.*}: bundles, encoding, fallback; ICU reads the same patterns as
 * {@link java.text.MessageFormat} (an apostrophe written twice, {@code choice}, {@code number}).
 */
public class IcuMessageSource extends ResourceBundleMessageSource {

    /**
     * The bundles, one per module that brings many messages (so that modules written in parallel do
     * not edit the same file): {@code messages} and {@code messages/<module>}, each in French (also
     * copied as the default bundle) and English.
     */
    public static final java.util.List<String> BUNDLES = java.util.List.of("messages", "messages/network",
            "messages/accompaniment", "messages/diagnostic", "messages/observatory");

    /** Parsed patterns by locale and pattern; each is used under its own lock (ICU formats are not thread-safe). */
    private final Map<Locale, Map<String, MessageFormat>> formats = new ConcurrentHashMap<>();

    @Override
    protected String getMessageInternal(String code, Object[] args, Locale locale) {
        if (code == null) {
            return null;
        }
        Locale target = locale != null ? locale : Locale.FRENCH;
        String pattern = resolveCodeWithoutArguments(code, target);
        if (pattern == null) {
            return super.getMessageInternal(code, args, target);
        }
        Object[] resolved = resolveArguments(args, target);
        if (resolved.length == 0 && !isAlwaysUseMessageFormat()) {
            return pattern;
        }
        return format(pattern, target, resolved);
    }

    /** Formats one ICU pattern, parsed once per locale. */
    String format(String pattern, Locale locale, Object... args) {
        MessageFormat format = formats.computeIfAbsent(locale, l -> new ConcurrentHashMap<>())
                .computeIfAbsent(pattern, p -> new MessageFormat(p, locale));
        synchronized (format) {
            return format.format(args);
        }
    }

    /** The platform's message source, in place of Spring Boot's, read from {@code spring.messages.*}. */
    @Configuration(proxyBeanMethods = false)
    static class Setup {

        @Bean
        @ConfigurationProperties("spring.messages")
        MessageSourceProperties messageSourceProperties() {
            MessageSourceProperties properties = new MessageSourceProperties();
            properties.setBasename(BUNDLES);
            return properties;
        }

        @Bean
        MessageSource messageSource(MessageSourceProperties properties) {
            return of(properties);
        }
    }

    /** A message source set up as {@code spring.messages.*} says (also for tests that render alone). */
    public static IcuMessageSource of(MessageSourceProperties properties) {
        IcuMessageSource messages = new IcuMessageSource();
        messages.setBasenames(properties.getBasename().toArray(String[]::new));
        if (properties.getEncoding() != null) {
            messages.setDefaultEncoding(properties.getEncoding().name());
        }
        messages.setFallbackToSystemLocale(properties.isFallbackToSystemLocale());
        messages.setAlwaysUseMessageFormat(properties.isAlwaysUseMessageFormat());
        messages.setUseCodeAsDefaultMessage(properties.isUseCodeAsDefaultMessage());
        if (properties.getCacheDuration() != null) {
            messages.setCacheMillis(properties.getCacheDuration().toMillis());
        }
        return messages;
    }

    /** The platform's messages as configured in application.yml: the {@link #BUNDLES}, UTF-8, French. */
    public static IcuMessageSource platformMessages() {
        MessageSourceProperties properties = new MessageSourceProperties();
        properties.setBasename(BUNDLES);
        properties.setEncoding(java.nio.charset.StandardCharsets.UTF_8);
        properties.setFallbackToSystemLocale(false);
        properties.setAlwaysUseMessageFormat(true);
        return of(properties);
    }
}
