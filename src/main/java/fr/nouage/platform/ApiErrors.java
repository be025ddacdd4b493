package fr.nouage.platform;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * JSON error bodies of the API: {@code {"status", "error", "message"}}, where {@code error} is a
 * stable code for programs and {@code message} a sentence in the user's language.
 */
@Component
public class ApiErrors {

    private final MessageSource messages;

    ApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    public ResponseEntity<Map<String, Object>> body(int status, String code, String messageKey, Object... args) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("error", code);
        body.put("message", messages.getMessage(messageKey, args, messageKey, LocaleContextHolder.getLocale()));
        return ResponseEntity.status(status).body(body);
    }
}
