package fr.nouage.meeting.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import fr.nouage.platform.FormTokens;

/**
 * Makes a form submitted twice (a double click, a reload) act once. Each form carries a token issued
 * when it was shown; the first submission with a token runs the action and remembers where it led,
 * a later one with the same token leads there without running it again. A second submission that
 * arrives while the first is running waits for it. A refused action (an exception) leaves the token
 * free, so that the corrected form can be submitted again.
 *
 * <p>Tokens live in memory: a user's requests reach the instance that holds their session.
 */
@Component
class SubmissionTokens {

    static final String FIELD = "jeton";
    private static final int REMEMBERED = 10_000;

    private final Map<String, Outcome> outcomes = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Outcome> eldest) {
            return size() > REMEMBERED;
        }
    };

    /** A new token for a form (new at each showing of a kept page too). */
    String issue() {
        return FormTokens.issue();
    }

    /**
     * Runs {@code action} once per token and account; returns its result, or the result of the first
     * run for a token used before. Without a token the action simply runs.
     */
    String once(long accountId, String token, Supplier<String> action) {
        if (token == null || token.isBlank()) {
            return action.get();
        }
        Outcome outcome;
        synchronized (outcomes) {
            outcome = outcomes.computeIfAbsent(accountId + ":" + token, key -> new Outcome());
        }
        synchronized (outcome) {
            if (outcome.result == null) {
                outcome.result = action.get();
            }
            return outcome.result;
        }
    }

    private static final class Outcome {
        private String result;
    }
}
