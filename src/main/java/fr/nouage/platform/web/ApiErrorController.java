package fr.nouage.platform.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;

import fr.nouage.platform.ApiErrors;

/**
 * Spring Boot's error controller, but an error that no controller answered (an unknown address, a
 * method not allowed, a body too large) is an RFC 9457 problem document for a program, as every
 * other API error is; pages keep their French error page ({@link ErrorPages}).
 */
@Controller
class ApiErrorController extends BasicErrorController {

    private static final Map<Integer, String> KNOWN = Map.of(400, "bad_request", 401, "unauthorized", 403,
            "forbidden", 404, "not_found", 405, "method_not_allowed", 409, "conflict", 413, "payload_too_large",
            415, "unsupported_media_type", 429, "too_many_requests");

    private final ApiErrors errors;

    ApiErrorController(ErrorAttributes attributes, List<ErrorViewResolver> resolvers, ApiErrors errors) {
        super(attributes, new ErrorProperties(), resolvers);
        this.errors = errors;
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        HttpStatus status = getStatus(request);
        if (status == HttpStatus.NO_CONTENT) {
            return new ResponseEntity<>(status);
        }
        int code = KNOWN.containsKey(status.value()) ? status.value() : status.is4xxClientError() ? 400 : 500;
        String name = KNOWN.getOrDefault(code, "server_error");
        ProblemDetail problem = errors.problem(status.value(), name, "api.error." + code);
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String path) {
            try {
                problem.setInstance(java.net.URI.create(path));
            } catch (IllegalArgumentException notAnAddress) {
                // the problem is told without the address it happened at
            }
        }
        Map<String, Object> body = ApiErrors.fields(problem);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
