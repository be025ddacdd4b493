package fr.nouage.account.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Date;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.client.RestClient;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

class UserInfoClientTest {

    private static final String ISSUER = "https://idp.example.org/api/v2";
    private static final String CLIENT = "nouage-client";
    private static final String SUBJECT = "a1b2c3";
    private static final MediaType JWT = MediaType.parseMediaType("application/jwt; charset=utf-8");
    private static final RSAKey KEY = rsa();
    private static final RSAKey OTHER_KEY = rsa();

    private final ClientRegistration registration = ClientRegistration.withRegistrationId("oidc").clientId(CLIENT)
            .clientSecret("secret").authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
            .redirectUri("{baseUrl}/login/oauth2/code/oidc").authorizationUri(ISSUER + "/authorize")
            .tokenUri(ISSUER + "/token").userInfoUri(ISSUER + "/userinfo").jwkSetUri(ISSUER + "/jwks")
            .issuerUri(ISSUER).build();
    private final UserInfoClient client = new UserInfoClient(RestClient.create(),
            r -> NimbusJwtDecoder.withPublicKey(publicKey(KEY)).build());

    @Test
    void aSignedAnswerGivesItsClaims() {
        var claims = client.decode(registration, JWT, signed(KEY, b -> b), SUBJECT);

        assertThat(claims).containsEntry("email", "dg@example.org").containsEntry("usual_name", "Martin");
    }

    @Test
    void anAnswerSignedWithAnotherKeyIsRefused() {
        assertRefused(JWT, signed(OTHER_KEY, b -> b));
    }

    @Test
    void anAnswerAboutAnotherSubjectIsRefused() {
        assertRefused(JWT, signed(KEY, b -> b.subject("someone-else")));
        assertRefused(MediaType.APPLICATION_JSON, "{\"sub\":\"someone-else\",\"email\":\"dg@example.org\"}");
    }

    @Test
    void anAnswerFromAnotherIssuerOrForAnotherClientIsRefused() {
        assertRefused(JWT, signed(KEY, b -> b.issuer("https://elsewhere.example.org")));
        assertRefused(JWT, signed(KEY, b -> b.audience("another-client")));
    }

    @Test
    void anExpiredAnswerIsRefused() {
        assertRefused(JWT, signed(KEY, b -> b.expirationTime(Date.from(Instant.now().minusSeconds(3600)))));
    }

    @Test
    void aPlainJsonAnswerIsRead() {
        var claims = client.decode(registration, MediaType.APPLICATION_JSON,
                "{\"sub\":\"" + SUBJECT + "\",\"email\":\"dg@example.org\"}", SUBJECT);

        assertThat(claims).containsEntry("email", "dg@example.org");
    }

    @Test
    void anyOtherAnswerIsRefused() {
        assertRefused(MediaType.TEXT_HTML, "<html>maintenance</html>");
        assertRefused(JWT, "");
        assertRefused(JWT, "not.a.jwt");
    }

    private void assertRefused(MediaType type, String body) {
        assertThatThrownBy(() -> client.decode(registration, type, body, SUBJECT))
                .isInstanceOf(OAuth2AuthenticationException.class);
    }

    private static String signed(RSAKey key, UnaryOperator<JWTClaimsSet.Builder> change) {
        JWTClaimsSet claims = change.apply(new JWTClaimsSet.Builder().issuer(ISSUER).audience(CLIENT).subject(SUBJECT)
                .issueTime(new Date()).claim("email", "dg@example.org").claim("usual_name", "Martin")).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static RSAKey rsa() {
        try {
            return new RSAKeyGenerator(2048).keyID("k1").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static java.security.interfaces.RSAPublicKey publicKey(RSAKey key) {
        try {
            return key.toRSAPublicKey();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
