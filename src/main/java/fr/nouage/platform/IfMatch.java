package fr.nouage.platform;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Optimistic locking over the API: an object two people may edit carries its version as its
 * {@code ETag} ({@code "3"}); a write sends it back in {@code If-Match}. A write without it is
 * refused with 428 (precondition required), one whose version is no longer current with 412
 * (precondition failed) — both problem documents.
 */
public final class IfMatch {

    private IfMatch() {
    }

    /** The entity tag of a version. */
    public static String etag(int version) {
        return "\"" + version + "\"";
    }

    /**
     * The version a write names: from {@code If-Match} (strong or weak), else from the body's
     * {@code version} for clients written before.
     *
     * @throws ResponseStatusException 428 when neither names one; 412 for an {@code If-Match} that
     *                                 names no version ({@code *} or garbage)
     */
    public static int version(String ifMatch, Integer bodyVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            if (bodyVersion == null) {
                throw new ResponseStatusException(HttpStatus.PRECONDITION_REQUIRED, "api.error.428");
            }
            return bodyVersion;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return Integer.parseInt(tag);
        } catch (NumberFormatException e) {
            throw failed();
        }
    }

    /** The refusal of a write whose version is no longer current. */
    public static ResponseStatusException failed() {
        return new ResponseStatusException(HttpStatus.PRECONDITION_FAILED, "api.error.412");
    }
}
