package fr.nouage.account.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Writes the JSON error bodies of the API: a stable code and a message in the user's language. */
@Component
class JsonErrors {

    private final MessageSource messages;
    private final ObjectMapper json = JsonMapper.builder().build();

    JsonErrors(MessageSource messages) {
        this.messages = messages;
    }

    void write(HttpServletResponse response, int status, String code, String messageKey) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("error", code);
        body.put("message", messages.getMessage(messageKey, null, messageKey, locale));
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body);
    }
}
