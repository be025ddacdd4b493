package fr.nouage.meeting.web;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes a form submitted twice (a double click, a reload) act once, whichever instance answers.
 * Each form carries a token issued when it was shown; the first submission with a token records it
 * in the same transaction as its action, with where it led; a later one with the same token leads
 * there without running it again. A second submission that arrives while the first is running
 * waits on the database's unique key. A refused action (an exception) rolls the token back, so that
 * the corrected form can be submitted again. Tokens are forgotten after a day.
 */
@Component
class SubmissionTokens {

    static final String FIELD = "jeton";
    private static final int MAX_LENGTH = 64;
    private static final Duration REMEMBERED = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SubmissionTokens(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A new token for a form. */
    String issue() {
        return UUID.randomUUID().toString();
    }

    /**
     * Runs {@code action} once per token and account; returns where it led, or where the first run
     * for a token used before led. Without a usable token the action simply runs.
     */
    String once(long accountId, String token, Supplier<String> action) {
        if (token == null || token.isBlank() || token.length() > MAX_LENGTH) {
            return action.get();
        }
        try {
            return transactions.execute(status -> {
                jdbc.sql("insert into form_submission (account_id, token, target, submitted_at) values (?, ?, '', ?)")
                        .params(accountId, token, java.sql.Timestamp.from(clock.instant())).update();
                String target = action.get();
                jdbc.sql("update form_submission set target = ? where account_id = ? and token = ?")
                        .params(target, accountId, token).update();
                return target;
            });
        } catch (DuplicateKeyException alreadySubmitted) {
            return jdbc.sql("select target from form_submission where account_id = ? and token = ?")
                    .params(accountId, token).query(String.class).single();
        }
    }

    @Scheduled(cron = "0 17 * * * *")
    void forgetOldTokens() {
        jdbc.sql("delete from form_submission where submitted_at < ?")
                .param(java.sql.Timestamp.from(clock.instant().minus(REMEMBERED))).update();
    }
}
