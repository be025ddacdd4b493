package fr.nouage.accompaniment;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Min;

/**
 * Settings of the accompaniment module ({@code nouage.accompaniment}).
 *
 * @param postsPerMinute   verbatims one pseudonym (or account) may post on a wall per minute
 * @param codeAttempts     wrong seminar codes one address may type per {@code codeWindow}
 * @param codeWindow       the window over which wrong codes are counted
 * @param wallPoll         how often each instance reads the walls' versions for its connected screens
 *                         (a change made on another instance reaches them within this delay)
 * @param wallStreamTimeout how long one screen's event stream stays open before the browser reconnects
 */
@Validated
@ConfigurationProperties("nouage.accompaniment")
public record AccompanimentProperties(@DefaultValue("6") @Min(1) int postsPerMinute,
        @DefaultValue("10") @Min(1) int codeAttempts, @DefaultValue("PT10M") Duration codeWindow,
        @DefaultValue("PT0.5S") Duration wallPoll, @DefaultValue("PT30M") Duration wallStreamTimeout) {
}
