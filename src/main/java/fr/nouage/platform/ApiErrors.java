package fr.nouage.platform;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Error bodies of the API: RFC 9457 problem documents ({@code application/problem+json}) whose
 * {@code type} is stable per refusal reason ({@code urn:nouage:problem:<code>}), with {@code detail}
 * a sentence in the user's language. For clients written before, {@code error} repeats the code and
 * {@code message} the sentence.
 */
@Component
public class ApiErrors {

    private static final String TYPE_PREFIX = "urn:nouage:problem:";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MessageSource messages;

    ApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    /** The problem document of a refusal: its status, stable code and message key. */
    public ProblemDetail problem(int status, String code, String messageKey, Object... args) {
        String message = messages.getMessage(messageKey, args, messageKey, LocaleContextHolder.getLocale());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), message);
        problem.setType(URI.create(TYPE_PREFIX + code));
        problem.setProperty("error", code);
        problem.setProperty("message", message);
        return problem;
    }

    /** The response of a refusal. */
    public ResponseEntity<ProblemDetail> body(int status, String code, String messageKey, Object... args) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(status, code, messageKey, args));
    }

    /** The response of a refused operation, with the code of its reason. */
    public ResponseEntity<ProblemDetail> refused(RefusedOperation e) {
        return body(e.status(), e.reason().name().toLowerCase(Locale.ROOT), e.messageKey(), e.arguments());
    }

    /** Writes a refusal where no controller answers (security filters). */
    public void write(HttpServletResponse response, int status, String code, String messageKey) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), fields(problem(status, code, messageKey)));
    }

    /** The members of a problem document as its JSON has them (its extensions at the top level). */
    public static Map<String, Object> fields(ProblemDetail problem) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("type", problem.getType().toString());
        fields.put("title", problem.getTitle());
        fields.put("status", problem.getStatus());
        fields.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            fields.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            fields.putAll(problem.getProperties());
        }
        return fields;
    }
}
