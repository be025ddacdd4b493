package fr.nouage.platform.messages;

import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The French messages of the pages, formatted without waiting for other requests. Spring keeps one
 * {@link MessageFormat} per message and locks it while it formats, so that every request rendering
 * the same message queued behind the others (a consultation page formats two messages per answer,
 * 150 answers on a large territory). Each thread here formats with its own copy of the parsed
 * format, for the messages it used last.
 */
class PerThreadFormatsMessageSource extends ResourceBundleMessageSource {

    /** Copies kept per thread: enough for the messages of any page. */
    static final int COPIES_PER_THREAD = 512;

    private final ThreadLocal<Map<MessageFormat, MessageFormat>> copies = ThreadLocal.withInitial(
            () -> new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<MessageFormat, MessageFormat> eldest) {
                    return size() > COPIES_PER_THREAD;
                }
            });

    @Override
    protected MessageFormat resolveCode(String code, Locale locale) {
        MessageFormat shared = super.resolveCode(code, locale);
        if (shared == null) {
            return null;
        }
        return copies.get().computeIfAbsent(shared, format -> (MessageFormat) format.clone());
    }

    /** Whether this thread formats {@code code} with its own copy (for tests). */
    boolean ownCopy(String code, Locale locale) {
        MessageFormat shared = super.resolveCode(code, locale);
        MessageFormat used = resolveCode(code, locale);
        return shared != null && used != shared;
    }
}
