package fr.nouage.platform.session;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The database session store, without a write at every request: a session is saved when its
 * content changes, and its last access time is moved forward only when the stored one is older
 * than an interval (a minute by default). A session therefore expires at most that interval
 * earlier than its timeout, and a page that changes nothing in the session writes nothing. A
 * request reads its session from the database once (see {@link RequestSessionMemo}).
 */
public final class QuietSessionRepository
        implements FindByIndexNameSessionRepository<QuietSessionRepository.QuietSession>, InitializingBean,
        DisposableBean {

    private final JdbcIndexedSessionRepository store;
    /** The same store, seen through its interface (its session type is not public). */
    private final FindByIndexNameSessionRepository<Session> jdbc;
    private final Duration accessWriteInterval;
    /** Runs the writes of a save or a deletion in one transaction (the store reads without one). */
    private final TransactionOperations writes;

    @SuppressWarnings({"unchecked", "rawtypes"})
    QuietSessionRepository(JdbcIndexedSessionRepository store, Duration accessWriteInterval,
            TransactionOperations writes) {
        this.store = store;
        this.jdbc = (FindByIndexNameSessionRepository) store;
        this.accessWriteInterval = accessWriteInterval;
        this.writes = writes;
    }

    @Override
    public void afterPropertiesSet() {
        store.afterPropertiesSet();
    }

    @Override
    public void destroy() {
        store.destroy();
    }

    @Override
    public QuietSession createSession() {
        QuietSession created = new QuietSession(jdbc.createSession(), accessWriteInterval);
        created.changed = true;
        return created;
    }

    @Override
    public void save(QuietSession session) {
        // a session read and left unchanged (most page views) has nothing to save: no transaction
        if (session.changed) {
            writes.executeWithoutResult(status -> jdbc.save(session.stored));
            session.changed = false;
        }
    }

    @Override
    public QuietSession findById(String id) {
        QuietSession read = RequestSessionMemo.get(id);
        if (read != null) {
            return read;
        }
        Session stored = jdbc.findById(id);
        if (stored == null) {
            return null;
        }
        QuietSession session = new QuietSession(stored, accessWriteInterval);
        RequestSessionMemo.remember(session);
        return session;
    }

    @Override
    public void deleteById(String id) {
        RequestSessionMemo.forget();
        writes.executeWithoutResult(status -> jdbc.deleteById(id));
    }

    @Override
    public Map<String, QuietSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, QuietSession> sessions = new LinkedHashMap<>();
        jdbc.findByIndexNameAndIndexValue(indexName, indexValue)
                .forEach((id, stored) -> sessions.put(id, new QuietSession(stored, accessWriteInterval)));
        return sessions;
    }

    /** A stored session whose last access time moves only once per interval. */
    public static final class QuietSession implements Session {

        private final Session stored;
        private final Duration accessWriteInterval;

        /** Whether anything may need saving: true for a new session, then after any change. */
        private volatile boolean changed;

        QuietSession(Session stored, Duration accessWriteInterval) {
            this.stored = stored;
            this.accessWriteInterval = accessWriteInterval;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (Duration.between(stored.getLastAccessedTime(), lastAccessedTime).compareTo(accessWriteInterval) >= 0) {
                stored.setLastAccessedTime(lastAccessedTime);
                changed = true;
            }
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            changed = true;
            return stored.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return stored.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            changed = true;
            stored.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            changed = true;
            stored.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return stored.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            changed = true;
            stored.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}
