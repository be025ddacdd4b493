package fr.nouage.platform.messages;

import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The French messages of the pages, formatted without waiting for other requests. Spring keeps one
 * {@link MessageFormat} per message and locks it while it formats, so that every request rendering
 * the same message queued behind the others (a consultation page formats two messages per answer,
 * 150 answers on a large territory). Each thread here formats with its own copy of the parsed
 * format, for the messages it used last; a message made of text and {@code {n}} only, filled with
 * text, is filled without a format at all ({@link PlainPattern}).
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

    /** The plain pattern of each message format, or none (empty) when it is not plain. */
    private final Map<MessageFormat, Optional<PlainPattern>> plainPatterns = new ConcurrentHashMap<>();

    @Override
    protected String getMessageInternal(String code, Object[] args, Locale locale) {
        if (code != null && args != null && args.length > 0 && locale != null) {
            MessageFormat shared = super.resolveCode(code, locale);
            if (shared != null) {
                Optional<PlainPattern> plain = plainPatterns.computeIfAbsent(shared,
                        format -> Optional.ofNullable(PlainPattern.of(format)));
                String filled = plain.map(p -> p.fill(args)).orElse(null);
                if (filled != null) {
                    return filled;
                }
            }
        }
        return super.getMessageInternal(code, args, locale);
    }

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
