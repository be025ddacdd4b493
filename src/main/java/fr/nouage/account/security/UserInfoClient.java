package fr.nouage.account.security;

import java.text.ParseException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import com.nimbusds.jose.util.JSONObjectUtils;

/**
 * Reads the claims of the UserInfo endpoint. ProConnect answers with a JWT signed by the provider
 * ({@code application/jwt}), verified here with the provider's JWKS; other providers answer plain
 * JSON. Either way the subject must be the ID token's.
 */
final class UserInfoClient {

    static final MediaType APPLICATION_JWT = MediaType.parseMediaType("application/jwt");
    private static final String INVALID = "invalid_user_info_response";
    private static final Logger log = LoggerFactory.getLogger(UserInfoClient.class);

    private final RestClient http;
    private final Function<ClientRegistration, NimbusJwtDecoder> decoders;
    private final Map<String, NimbusJwtDecoder> cache = new ConcurrentHashMap<>();

    UserInfoClient() {
        this(defaultHttp(), UserInfoClient::fromJwkSetUri);
    }

    /**
     * @param decoders makes the decoder that checks a signed answer's signature, once per registration
     */
    UserInfoClient(RestClient http, Function<ClientRegistration, NimbusJwtDecoder> decoders) {
        this.http = http;
        this.decoders = decoders;
    }

    /**
     * The claims of the signed-in person.
     *
     * @throws OAuth2AuthenticationException when the endpoint fails, the signature or the subject is wrong
     */
    Map<String, Object> claims(ClientRegistration registration, OAuth2AccessToken token, String subject) {
        ResponseEntity<String> response;
        try {
            response = http.get().uri(registration.getProviderDetails().getUserInfoEndpoint().getUri())
                    .headers(h -> {
                        h.setBearerAuth(token.getTokenValue());
                        h.setAccept(List.of(APPLICATION_JWT, MediaType.APPLICATION_JSON));
                    })
                    .retrieve().toEntity(String.class);
        } catch (RestClientException e) {
            throw refused("userinfo endpoint failed: " + e.getMessage());
        }
        return decode(registration, response.getHeaders().getContentType(), response.getBody(), subject);
    }

    /** The claims of a UserInfo answer, signed ({@code application/jwt}) or plain JSON. */
    Map<String, Object> decode(ClientRegistration registration, MediaType contentType, String body, String subject) {
        if (contentType == null || body == null || body.isBlank()) {
            throw refused("empty userinfo answer");
        }
        Map<String, Object> claims;
        if (APPLICATION_JWT.isCompatibleWith(contentType)) {
            try {
                claims = cache.computeIfAbsent(registration.getProviderDetails().getJwkSetUri(),
                        uri -> withValidator(decoders.apply(registration), registration)).decode(body.strip()).getClaims();
            } catch (JwtException e) {
                throw refused("userinfo JWT rejected: " + e.getMessage());
            }
        } else if (MediaType.APPLICATION_JSON.isCompatibleWith(contentType)) {
            try {
                claims = JSONObjectUtils.parse(body);
            } catch (ParseException e) {
                throw refused("userinfo JSON unreadable");
            }
        } else {
            throw refused("unexpected userinfo content type " + contentType);
        }
        if (subject == null || !subject.equals(claims.get("sub"))) {
            throw refused("userinfo subject differs from the ID token's");
        }
        return claims;
    }

    private static NimbusJwtDecoder fromJwkSetUri(ClientRegistration registration) {
        return NimbusJwtDecoder.withJwkSetUri(registration.getProviderDetails().getJwkSetUri())
                .jwsAlgorithms(algorithms -> {
                    algorithms.add(SignatureAlgorithm.RS256);
                    algorithms.add(SignatureAlgorithm.ES256);
                }).build();
    }

    /** Not expired, and when present, the issuer is the provider and the audience includes this client. */
    private static NimbusJwtDecoder withValidator(NimbusJwtDecoder decoder, ClientRegistration registration) {
        String issuer = registration.getProviderDetails().getIssuerUri();
        String clientId = registration.getClientId();
        OAuth2TokenValidator<Jwt> fromProvider = jwt -> {
            String iss = jwt.getClaimAsString("iss");
            List<String> audience = jwt.getAudience();
            boolean ok = (iss == null || iss.equals(issuer)) && (audience == null || audience.contains(clientId));
            return ok ? OAuth2TokenValidatorResult.success()
                    : OAuth2TokenValidatorResult.failure(new OAuth2Error(INVALID, "userinfo issuer or audience", null));
        };
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(), fromProvider));
        return decoder;
    }

    private static RestClient defaultHttp() {
        SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
        factory.setConnectTimeout(Duration.ofSeconds(5));
        factory.setReadTimeout(Duration.ofSeconds(10));
        return RestClient.builder().requestFactory(factory).build();
    }

    private static OAuth2AuthenticationException refused(String reason) {
        log.info("OpenID Connect sign-in refused: {}", reason);
        return new OAuth2AuthenticationException(new OAuth2Error(INVALID, reason, null), reason);
    }
}
