package fr.nouage.platform.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;

import fr.nouage.platform.ApiAccess;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The OpenAPI description at {@code /v3/api-docs} (rendered by Swagger UI at
 * {@code /swagger-ui/index.html}): springdoc reads the routes and their JSON records; this adds
 * what springdoc cannot guess — who may call each route ({@link ApiAccess}, as
 * {@code x-nouage-access}), the bearer token, and the problem documents each route may answer
 * (RFC 9457, {@code application/problem+json}, a stable {@code type} per reason: docs/api.md).
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    static final String PROBLEM = "Problem";
    static final String BEARER = "bearer";

    @Bean
    OpenApiCustomizer nouageApi() {
        return openApi -> {
            openApi.info(new Info().title("Nouage API").version("v1").description("""
                    Everything the pages show, under the same access rules. Bearer token from \
                    POST /api/v1/auth/token or a personal token; lists paginated with page/size and \
                    Link headers; ETag and If-None-Match on reads, If-Match on edits; Idempotency-Key \
                    on creations; every error an RFC 9457 problem document. See docs/api.md."""));
            Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
            components.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer"));
            components.addSchemas(PROBLEM, problemSchema());
            openApi.components(components);
        };
    }

    private static Schema<?> problemSchema() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", new StringSchema().description("urn:nouage:problem:<code>, stable per refusal reason"));
        properties.put("title", new StringSchema());
        properties.put("status", new IntegerSchema());
        properties.put("detail", new StringSchema().description("a sentence in the caller's language"));
        properties.put("instance", new StringSchema());
        properties.put("error", new StringSchema().description("the code of type, for clients written before"));
        properties.put("message", new StringSchema().description("the detail, for clients written before"));
        return new ObjectSchema().description("RFC 9457 problem document").properties(properties);
    }

    @Bean
    OperationCustomizer accessAndProblems() {
        return (operation, handler) -> {
            ApiAccess access = handler.getMethodAnnotation(ApiAccess.class);
            if (access != null) {
                operation.addExtension("x-nouage-access", access.value().name());
                String who = "Access: " + access.value().name() + " — " + access.value().description();
                operation.setDescription(operation.getDescription() == null ? who
                        : operation.getDescription() + "\n\n" + who);
                if (access.value() != ApiAccess.Who.PUBLIC) {
                    operation.addSecurityItem(new SecurityRequirement().addList(BEARER));
                }
            }
            boolean ifMatch = Arrays.stream(handler.getMethodParameters()).map(MethodParameter::getParameterAnnotations)
                    .flatMap(Arrays::stream).anyMatch(a -> a instanceof RequestHeader h
                            && ("If-Match".equalsIgnoreCase(h.name()) || "If-Match".equalsIgnoreCase(h.value())));
            if (answersNothing(handler.getReturnType())) {
                ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
                responses.remove("200");
                responses.addApiResponse("204", new ApiResponse().description("Done; no content"));
                operation.setResponses(responses);
            }
            problems(operation, access == null ? null : access.value(), ifMatch,
                    handler.hasMethodAnnotation(GetMapping.class));
            return operation;
        };
    }

    /** Whether a route answers without a body: {@code void} or {@code ResponseEntity<Void>}. */
    private static boolean answersNothing(MethodParameter returned) {
        Class<?> type = returned.getParameterType();
        if (type == void.class) {
            return true;
        }
        return type == org.springframework.http.ResponseEntity.class
                && org.springframework.core.ResolvableType.forMethodParameter(returned).getGeneric(0).resolve() == Void.class;
    }

    private static void problems(Operation operation, ApiAccess.Who who, boolean ifMatch, boolean read) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        problem(responses, "400", "Invalid request: JSON, parameters, a date outside 2000–2100, a rule of the domain");
        if (who != ApiAccess.Who.PUBLIC) {
            problem(responses, "401", "No token, or an invalid, expired or revoked one");
            problem(responses, "403", "The caller's roles do not allow it");
            problem(responses, "404", "Unknown, or another territory's (answered exactly alike)");
        }
        if (!read) {
            problem(responses, "409", "Conflicts with the current state (frozen agenda, published minutes, a "
                    + "version changed, an Idempotency-Key still running)");
            problem(responses, "422", "An Idempotency-Key already used for another request");
        }
        if (ifMatch) {
            problem(responses, "412", "If-Match names a version that is no longer current");
            problem(responses, "428", "If-Match is missing");
        }
        operation.setResponses(responses);
    }

    private static void problem(ApiResponses responses, String status, String description) {
        if (responses.containsKey(status)) {
            return;
        }
        responses.addApiResponse(status, new ApiResponse().description(description).content(new Content()
                .addMediaType("application/problem+json",
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
    }
}
