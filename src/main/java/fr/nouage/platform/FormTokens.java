package fr.nouage.platform;

import java.util.UUID;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Tokens that make a form submitted twice act once: a new one each time a form is shown, even when
 * the page around it is a kept copy ({@link KeptPage}).
 */
public final class FormTokens {

    /** Request attribute of a page being rendered to be kept. */
    public static final String KEEPING = "fr.nouage.platform.KeptPage.keeping";

    private FormTokens() {
    }

    /** A new token for a form (a placeholder filled at each showing when the page is to be kept). */
    public static String issue() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(KEEPING, RequestAttributes.SCOPE_REQUEST) instanceof Source kept) {
            return kept.formTokenPlaceholder();
        }
        return UUID.randomUUID().toString();
    }

    /** The page being kept, which fills its form tokens anew at every showing. */
    public interface Source {

        String formTokenPlaceholder();
    }
}
