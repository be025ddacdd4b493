package fr.nouage.platform.web;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.server.ResponseStatusException;

import fr.nouage.platform.ApiErrors;
import fr.nouage.platform.RefusedOperation;

/**
 * Turns every failure of an API call into an RFC 9457 problem document ({@link ApiErrors}): the
 * refusals of the modules ({@link RefusedOperation}, whose reason gives the status), the status
 * exceptions, and the usual failures of reading a request. Never a stack trace.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiExceptionAdvice {

    private final ApiErrors errors;

    ApiExceptionAdvice(ApiErrors errors) {
        this.errors = errors;
    }

    @ExceptionHandler(RefusedOperation.class)
    ResponseEntity<ProblemDetail> refused(RefusedOperation e) {
        return errors.refused(e);
    }

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<ProblemDetail> status(ResponseStatusException e) {
        HttpStatus status = HttpStatus.valueOf(e.getStatusCode().value());
        String key = e.getReason() != null ? e.getReason() : "api.error." + status.value();
        return errors.body(status.value(), status.name().toLowerCase(Locale.ROOT), key);
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
            MethodArgumentNotValidException.class, MissingServletRequestParameterException.class,
            MissingRequestHeaderException.class, MissingServletRequestPartException.class, MultipartException.class})
    ResponseEntity<ProblemDetail> badRequest(Exception e) {
        if (e instanceof MaxUploadSizeExceededException) {
            return errors.body(413, "payload_too_large", "api.error.413");
        }
        return errors.body(400, "bad_request", "api.error.badRequest");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method() {
        return errors.body(405, "method_not_allowed", "api.error.405");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType() {
        return errors.body(415, "unsupported_media_type", "api.error.415");
    }
}
