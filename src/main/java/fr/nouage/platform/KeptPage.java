package fr.nouage.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a page (a {@code GET} handler rendering a template) that this instance may keep once
 * rendered and show again to the same web session, as long as no data changed (see {@code
 * WriteGeneration}) and for at most {@code nouage.cache.page-time-to-live}. A page whose path names
 * a territory ({@code /territoires/{siren}/…}) must show nothing but that territory's data (and the
 * accounts and geography, which every territory shares): it is kept across writes made for other
 * territories. Only for a page whose content depends on nothing but the data, the signed-in session
 * and the address: a page that shows the time of day, or reads a clock to decide what to show, shows
 * it up to that time to live late.
 *
 * <p>The page's CSRF token and form tokens ({@link FormTokens}) and the header's unread count are
 * fresh at every showing.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface KeptPage {
}
