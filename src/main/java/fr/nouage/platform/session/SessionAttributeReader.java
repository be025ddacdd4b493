package fr.nouage.platform.session;

import java.time.Duration;
import java.util.Arrays;

import org.springframework.core.convert.converter.Converter;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.DefaultCsrfToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Reads a web session's attributes from their stored bytes. The two that every signed-in request
 * reads, the security context and the CSRF token, are stored unchanged for the life of a session:
 * the objects read from the same bytes are kept, so that each request does not deserialise them
 * again. A security context is mutable, so each reading gets a new one around the kept
 * authentication; a CSRF token is immutable and is shared. Any other attribute is read afresh.
 */
final class SessionAttributeReader implements Converter<byte[], Object> {

    private final DeserializingConverter deserializer;
    private final Cache<StoredBytes, Object> read;

    SessionAttributeReader(ClassLoader loader, int maximumEntries, Duration keptFor) {
        this.deserializer = new DeserializingConverter(loader);
        this.read = Caffeine.newBuilder().maximumSize(maximumEntries).expireAfterAccess(keptFor).build();
    }

    @Override
    public Object convert(byte[] bytes) {
        StoredBytes key = new StoredBytes(bytes);
        Object known = read.getIfPresent(key);
        if (known instanceof Authentication authentication) {
            return new SecurityContextImpl(authentication);
        }
        if (known != null) {
            return known;
        }
        Object value = deserializer.convert(bytes);
        if (value != null && value.getClass() == SecurityContextImpl.class
                && ((SecurityContextImpl) value).getAuthentication() != null) {
            read.put(key, ((SecurityContextImpl) value).getAuthentication());
        } else if (value != null && value.getClass() == DefaultCsrfToken.class) {
            read.put(key, value);
        }
        return value;
    }

    /** Stored bytes compared by content. */
    private static final class StoredBytes {

        private final byte[] bytes;
        private final int hash;

        StoredBytes(byte[] bytes) {
            this.bytes = bytes;
            this.hash = Arrays.hashCode(bytes);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof StoredBytes stored && stored.hash == hash && Arrays.equals(stored.bytes, bytes);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
