package fr.nouage.account.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

import fr.nouage.account.AccountProperties;
import fr.nouage.support.OidcTestProvider;

class LazyOidcRegistrationTest {

    @Test
    void theRegistrationComesFromTheDiscoveryDocumentAtFirstUse() {
        try (OidcTestProvider provider = OidcTestProvider.start()) {
            var registrations = new LazyOidcRegistration(settings(provider.issuer(), "email given_name usual_name"));

            var registration = registrations.findByRegistrationId("oidc");

            assertThat(registration.getProviderDetails().getUserInfoEndpoint().getUri())
                    .isEqualTo(provider.issuer() + "/userinfo");
            assertThat(registration.getClientAuthenticationMethod()).isEqualTo(ClientAuthenticationMethod.CLIENT_SECRET_POST);
            assertThat(registration.getScopes()).containsExactly("openid", "email", "given_name", "usual_name");
            assertThat(registrations.findByRegistrationId("google")).isNull();
        }
    }

    @Test
    void anUnreachableProviderIsRetriedAtTheNextSignIn() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        var registrations = new LazyOidcRegistration(settings("http://127.0.0.1:" + port, "openid email"));

        assertThat(registrations.findByRegistrationId("oidc")).isNull();

        try (OidcTestProvider provider = OidcTestProvider.startOn(port)) {
            assertThat(registrations.findByRegistrationId("oidc")).isNotNull();
        }
    }

    @Test
    void switchingOnWithoutIssuerOrClientFailsAtStartUp() {
        assertThatThrownBy(() -> new LazyOidcRegistration(settings("", "openid")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("NOUAGE_OIDC_ISSUER");
    }

    private static AccountProperties.Oidc settings(String issuer, String scopes) {
        return new AccountProperties.Oidc(true, issuer, OidcTestProvider.CLIENT_ID, OidcTestProvider.CLIENT_SECRET,
                scopes, "ProConnect");
    }
}
