package fr.nouage.platform.cache;

import java.time.Duration;
import java.util.function.Function;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Values read from the database, kept for a short time on this instance.
 *
 * @param <K> key, such as a territory's SIREN
 * @param <V> value; a missing value ({@code null}) is never kept
 */
public final class ReadCache<K, V> {

    private final Cache<K, V> values;

    ReadCache(Duration timeToLive, int maximumEntries) {
        this.values = timeToLive.isZero() ? null
                : Caffeine.newBuilder().expireAfterWrite(timeToLive).maximumSize(maximumEntries).build();
    }

    /** The value kept for {@code key}, or the one {@code load} reads (kept unless null). */
    public V get(K key, Function<K, V> load) {
        return values == null ? load.apply(key) : values.get(key, load);
    }

    /** Forgets every value now (data changed and is committed: no second time needed). */
    void forgetAll() {
        if (values != null) {
            values.invalidateAll();
        }
    }

    /**
     * Forgets every value, now and once more when the current transaction commits: a page read between
     * the write and the commit would otherwise keep the former value.
     */
    public void invalidateAll() {
        if (values == null) {
            return;
        }
        values.invalidateAll();
        // once per transaction, however many rows it writes (a geography update writes thousands)
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && !TransactionSynchronizationManager.hasResource(this)) {
            TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(ReadCache.this);
                    values.invalidateAll();
                }
            });
        }
    }
}
