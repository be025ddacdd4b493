package fr.nouage.meeting;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The formats accepted for agenda documents, each recognised from its content. */
public enum DocumentFormat {
    PDF("application/pdf", "pdf"),
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "ods"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg");

    private final String contentType;
    private final List<String> extensions;

    DocumentFormat(String contentType, String... extensions) {
        this.contentType = contentType;
        this.extensions = List.of(extensions);
    }

    public String contentType() {
        return contentType;
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return extensions.get(0);
    }

    /** Whether a file name ending with {@code .extension} is usual for this format. */
    public boolean usualExtension(String extension) {
        return extensions.contains(extension);
    }

    public static Optional<DocumentFormat> ofContentType(String contentType) {
        return Arrays.stream(values()).filter(f -> f.contentType.equals(contentType)).findFirst();
    }

    /** The extensions of every accepted format, e.g. for a file input's {@code accept} attribute. */
    public static String acceptAttribute() {
        return String.join(",", Arrays.stream(values()).flatMap(f -> f.extensions.stream()).map(e -> "." + e).toList());
    }
}
