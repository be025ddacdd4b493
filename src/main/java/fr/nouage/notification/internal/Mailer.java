package fr.nouage.notification.internal;

import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends plain-text e-mails with attachments through the configured SMTP server. Mail is optional:
 * when the server cannot be reached, one warning says so and e-mails wait to be tried again; the
 * callers then log each e-mail kept only at debug level, until the server answers again.
 */
@Component
class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    /** Whether the last attempt failed (server unreachable or refusing): the next failures are quiet. */
    private final AtomicBoolean serverDown = new AtomicBoolean();

    /** A file joined to an e-mail. */
    record Attachment(String name, String contentType, byte[] content) {
    }

    /** An e-mail to one recipient. */
    record Mail(String to, String subject, String text, List<Attachment> attachments) {
    }

    private final JavaMailSender sender;
    private final NotificationProperties properties;

    Mailer(JavaMailSender sender, NotificationProperties properties) {
        this.sender = sender;
        this.properties = properties;
    }

    /**
     * Sends the e-mail now.
     *
     * @throws org.springframework.mail.MailException when the server cannot be reached or refuses it
     */
    void send(Mail mail) {
        MimeMessage message = sender.createMimeMessage();
        try {
            boolean multipart = !mail.attachments().isEmpty();
            MimeMessageHelper helper = multipart
                    ? new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED, "UTF-8")
                    : new MimeMessageHelper(message, "UTF-8");
            helper.setFrom(properties.from());
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), false);
            for (Attachment attachment : mail.attachments()) {
                helper.addAttachment(attachment.name(), new ByteArrayResource(attachment.content()),
                        attachment.contentType());
            }
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
        try {
            sender.send(message);
        } catch (MailException e) {
            if (serverDown.compareAndSet(false, true)) {
                log.warn("The SMTP server cannot be reached ({}): e-mails are kept and tried again later. This is said "
                        + "once until it answers (set NOUAGE_SMTP_HOST to send e-mails).",
                        NestedExceptionUtils.getMostSpecificCause(e).toString());
            }
            throw e;
        }
        if (serverDown.compareAndSet(true, false)) {
            log.info("The SMTP server answers again: the e-mails kept go out.");
        }
    }

    /** Whether the SMTP server was unreachable at the last attempt (a warning already said so). */
    boolean serverDown() {
        return serverDown.get();
    }
}
