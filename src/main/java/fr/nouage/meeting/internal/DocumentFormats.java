package fr.nouage.meeting.internal;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import fr.nouage.meeting.DocumentFormat;

/**
 * Recognises the format of a document from its bytes (magic numbers, and for office files the
 * structure of the zip), never from its name.
 */
public final class DocumentFormats {

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private DocumentFormats() {
    }

    /** The format of the content, empty when it is none of the accepted ones (or a suspicious zip). */
    public static Optional<DocumentFormat> detect(byte[] content) {
        if (startsWith(content, PDF)) {
            return Optional.of(DocumentFormat.PDF);
        }
        if (startsWith(content, PNG)) {
            return Optional.of(DocumentFormat.PNG);
        }
        if (startsWith(content, JPEG)) {
            return Optional.of(DocumentFormat.JPEG);
        }
        if (startsWith(content, ZIP)) {
            return OfficeZip.read(content).flatMap(OfficeZip::format);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
