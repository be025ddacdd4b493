package fr.nouage.platform.web;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;

import fr.nouage.platform.ApiErrors;

/** Turns the usual failures of API calls into JSON errors, never a stack trace. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiExceptionAdvice {

    private final ApiErrors errors;

    ApiExceptionAdvice(ApiErrors errors) {
        this.errors = errors;
    }

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<Map<String, Object>> status(ResponseStatusException e) {
        HttpStatus status = HttpStatus.valueOf(e.getStatusCode().value());
        String key = e.getReason() != null ? e.getReason() : "api.error." + status.value();
        return errors.body(status.value(), status.name().toLowerCase(java.util.Locale.ROOT), key);
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
            MethodArgumentNotValidException.class})
    ResponseEntity<Map<String, Object>> badRequest(Exception e) {
        return errors.body(400, "bad_request", "api.error.badRequest");
    }
}
