package fr.nouage.platform.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

class ReadCacheTest {

    private final AtomicInteger reads = new AtomicInteger();

    private String read(String key) {
        reads.incrementAndGet();
        return key.equals("absent") ? null : key + "#" + reads.get();
    }

    @AfterEach
    void endTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void keepsAValueUntilTheCacheIsEmptied() {
        ReadCache<String, String> cache = new ReadCache<>(Duration.ofMinutes(1), 10);

        assertThat(cache.get("200067106", this::read)).isEqualTo("200067106#1");
        assertThat(cache.get("200067106", this::read)).isEqualTo("200067106#1");
        cache.invalidateAll();
        assertThat(cache.get("200067106", this::read)).isEqualTo("200067106#2");
    }

    @Test
    void neverKeepsAMissingValue() {
        ReadCache<String, String> cache = new ReadCache<>(Duration.ofMinutes(1), 10);

        assertThat(cache.get("absent", this::read)).isNull();
        assertThat(cache.get("absent", this::read)).isNull();
        assertThat(reads).hasValue(2);
    }

    @Test
    void forgetsAgainWhenTheWritingTransactionEnds() {
        ReadCache<String, String> cache = new ReadCache<>(Duration.ofMinutes(1), 10);
        TransactionSynchronizationManager.initSynchronization();

        cache.invalidateAll();
        // another request reads the former value before the commit…
        cache.get("200067106", this::read);
        TransactionSynchronizationUtils.invokeAfterCompletion(TransactionSynchronizationManager.getSynchronizations(),
                0);

        // …and the commit forgets it
        assertThat(cache.get("200067106", this::read)).isEqualTo("200067106#2");
    }

    @Test
    void waitsForTheCommitOnceHoweverManyRowsTheTransactionWrites() {
        ReadCache<String, String> cache = new ReadCache<>(Duration.ofMinutes(1), 10);
        TransactionSynchronizationManager.initSynchronization();

        for (int row = 0; row < 1_000; row++) {
            cache.invalidateAll();
        }

        assertThat(TransactionSynchronizationManager.getSynchronizations()).hasSize(1);
        TransactionSynchronizationUtils.invokeAfterCompletion(TransactionSynchronizationManager.getSynchronizations(),
                0);
        assertThat(TransactionSynchronizationManager.hasResource(cache)).isFalse();
    }

    @Test
    void readsEveryTimeWhenTheTimeToLiveIsZero() {
        ReadCache<String, String> cache = new ReadCache<>(Duration.ZERO, 10);

        cache.get("200067106", this::read);
        cache.get("200067106", this::read);

        assertThat(reads).hasValue(2);
    }

    @Test
    void expiresAfterItsTimeToLive() throws InterruptedException {
        ReadCache<String, String> cache = new ReadCache<>(Duration.ofMillis(50), 10);

        cache.get("200067106", this::read);
        Thread.sleep(120);
        cache.get("200067106", this::read);

        assertThat(reads).hasValue(2);
    }
}
