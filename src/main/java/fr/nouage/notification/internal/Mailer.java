package fr.nouage.notification.internal;

import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Sends plain-text e-mails with attachments through the configured SMTP server. */
@Component
class Mailer {

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
        sender.send(message);
    }
}
