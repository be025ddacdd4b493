package fr.nouage.platform.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.DefaultCsrfToken;

class SessionAttributeReaderTest {

    private final SerializingConverter serializer = new SerializingConverter();
    private final SessionAttributeReader reader = new SessionAttributeReader(getClass().getClassLoader(), 100,
            Duration.ofHours(2));

    @Test
    void eachReadingOfASecurityContextGetsItsOwnContextAroundTheSameAuthentication() {
        byte[] stored = serializer.convert(new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                "dg@demo.nouage.fr", null, AuthorityUtils.createAuthorityList("ROLE_DIRECTOR"))));

        SecurityContext first = (SecurityContext) reader.convert(stored);
        SecurityContext second = (SecurityContext) reader.convert(stored.clone());

        assertThat(second).isNotSameAs(first);
        assertThat(second.getAuthentication()).isSameAs(first.getAuthentication());
        assertThat(second.getAuthentication().getName()).isEqualTo("dg@demo.nouage.fr");
        first.setAuthentication(null);
        assertThat(((SecurityContext) reader.convert(stored)).getAuthentication()).as("signing out one request")
                .isNotNull();
    }

    @Test
    void aCsrfTokenIsReadOnce() {
        byte[] stored = serializer.convert(new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "secret-token"));

        assertThat(reader.convert(stored)).isSameAs(reader.convert(stored.clone()));
    }

    @Test
    void otherAttributesAreReadAfreshEachTime() {
        byte[] stored = serializer.convert(new ArrayList<>(List.of("notice")));

        Object first = reader.convert(stored);
        Object second = reader.convert(stored);

        assertThat(second).isEqualTo(first).isNotSameAs(first);
    }

    @Test
    void differentBytesAreDifferentValues() {
        byte[] one = serializer.convert(new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "one"));
        byte[] two = serializer.convert(new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "two"));

        assertThat(((DefaultCsrfToken) reader.convert(one)).getToken()).isEqualTo("one");
        assertThat(((DefaultCsrfToken) reader.convert(two)).getToken()).isEqualTo("two");
    }
}
