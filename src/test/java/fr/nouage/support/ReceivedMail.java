package fr.nouage.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

/**
 * An e-mail received by the test SMTP server, read as a person would: recipient, subject, text and
 * attachments.
 *
 * @param attachments content of each attachment by file name
 * @param types       content type of each attachment by file name
 */
public record ReceivedMail(String to, String subject, String text, Map<String, byte[]> attachments,
        Map<String, String> types) {

    public static ReceivedMail of(MimeMessage message) {
        try {
            Map<String, byte[]> attachments = new LinkedHashMap<>();
            Map<String, String> types = new LinkedHashMap<>();
            StringBuilder text = new StringBuilder();
            read(message, text, attachments, types);
            return new ReceivedMail(message.getRecipients(Message.RecipientType.TO)[0].toString(), message.getSubject(),
                    text.toString(), attachments, types);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void read(Part part, StringBuilder text, Map<String, byte[]> attachments, Map<String, String> types)
            throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                read(child, text, attachments, types);
            }
        } else if (part.getFileName() != null) {
            String name = MimeUtility.decodeText(part.getFileName());
            try (InputStream in = part.getInputStream()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                in.transferTo(out);
                attachments.put(name, out.toByteArray());
            }
            types.put(name, part.getContentType());
        } else if (part.isMimeType("text/plain")) {
            try (InputStream in = part.getInputStream()) {
                text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }
}
