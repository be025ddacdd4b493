package fr.nouage.account;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.nouage.account.internal.ApiTokens;

/**
 * One-time sign-in links sent by e-mail: to a person just invited (a network referent), and to
 * anyone who asks for one on the sign-in page (the way back in when sign-in is delayed). A link is
 * random, stored only as a SHA-256 hash, valid {@link #LIFETIME}, and consumed by the confirmation
 * its page asks for (a POST), so that a mail scanner that opens it does not use it up.
 */
@Service
public class SignInLinks {

    /** How long a link stays valid. */
    public static final Duration LIFETIME = Duration.ofMinutes(30);
    /** Links sent to one address per hour at most, whoever asks. */
    static final int PER_ADDRESS_PER_HOUR = 3;

    private static final Logger log = LoggerFactory.getLogger(SignInLinks.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final JavaMailSender mail;
    private final MessageSource messages;
    private final Clock clock;
    private final String baseUrl;
    private final String from;

    SignInLinks(JdbcClient jdbc, Accounts accounts, JavaMailSender mail, MessageSource messages, Clock clock,
            @Value("${nouage.notification.base-url:http://localhost:8080}") String baseUrl,
            @Value("${nouage.notification.from:nouage@localhost}") String from) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.mail = mail;
        this.messages = messages;
        this.clock = clock;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.from = from;
    }

    /**
     * Sends a sign-in link to whoever holds that address, if an enabled account does and fewer than
     * {@link #PER_ADDRESS_PER_HOUR} links went there in the last hour. Says nothing either way: the
     * caller answers the same whether the address exists or not.
     */
    @Transactional
    public void request(String email) {
        accounts.findByEmail(email == null ? "" : email).filter(Account::enabled)
                .ifPresent(account -> send(account, messages.getMessage("network.signInLink.mail.subject", null, Locale.FRENCH),
                        messages.getMessage("network.signInLink.mail.asked", null, Locale.FRENCH)));
    }

    /**
     * Sends a sign-in link to an account, after {@code introduction} (why the person receives it);
     * quietly nothing beyond the hourly limit of the address.
     *
     * @return whether a link was written (the e-mail itself may wait for the SMTP server)
     */
    @Transactional
    public boolean send(Account account, String subject, String introduction) {
        Instant now = clock.instant();
        int recent = jdbc.sql("select count(*) from sign_in_link where account_id = ? and created_at > ?")
                .params(account.id(), Timestamp.from(now.minus(Duration.ofHours(1)))).query(Integer.class).single();
        if (recent >= PER_ADDRESS_PER_HOUR) {
            return false;
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("insert into sign_in_link (account_id, token_hash, created_at, expires_at) values (?, ?, ?, ?)")
                .params(account.id(), ApiTokens.hash(token), Timestamp.from(now), Timestamp.from(now.plus(LIFETIME)))
                .update();
        String text = introduction + "\n\n" + messages.getMessage("network.signInLink.mail.link",
                new Object[] {baseUrl + "/connexion/lien/" + token, LIFETIME.toMinutes()}, Locale.FRENCH);
        try {
            MimeMessage message = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
            helper.setFrom(from);
            helper.setTo(account.email());
            helper.setSubject(subject);
            helper.setText(text, false);
            mail.send(message);
        } catch (MailException | MessagingException e) {
            log.warn("The sign-in link for account {} could not be sent: {}", account.id(), e.toString());
        }
        return true;
    }

    /** Whether the link is valid now (unknown, used and expired links are not); does not use it. */
    public boolean valid(String token) {
        return holder(token).isPresent();
    }

    /**
     * Uses the link: the signed-in user it gives, once; empty for an unknown, used or expired link or
     * a disabled account.
     */
    @Transactional
    public Optional<NouageUser> consume(String token) {
        Optional<Long> accountId = holder(token);
        if (accountId.isEmpty() || jdbc.sql("update sign_in_link set used_at = ? where token_hash = ? and used_at is null")
                .params(Timestamp.from(clock.instant()), ApiTokens.hash(token)).update() != 1) {
            return Optional.empty();
        }
        return accounts.find(accountId.get()).filter(Account::enabled)
                .map(a -> new NouageUser(a.id(), a.email(), a.displayName(), a.roles()));
    }

    private Optional<Long> holder(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        return jdbc.sql("select account_id from sign_in_link where token_hash = ? and used_at is null and expires_at > ?")
                .params(ApiTokens.hash(token), Timestamp.from(clock.instant())).query(Long.class).optional();
    }
}
