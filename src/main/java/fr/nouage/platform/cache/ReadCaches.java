package fr.nouage.platform.cache;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Makes the short-lived caches of data read by nearly every page (a territory, its collectivités, its
 * team). Each instance keeps its own: a write on this instance empties the cache at once (and again at
 * commit), a write on another instance sharing the database shows here after at most the time to live.
 * A time to live of zero turns caching off. Every cache is also emptied whenever the {@link
 * WriteGeneration} moves, which another instance's write does within a fraction of a second.
 */
@Component
public class ReadCaches {

    private final Duration timeToLive;
    private final List<ReadCache<?, ?>> caches = new CopyOnWriteArrayList<>();

    ReadCaches(@Value("${nouage.cache.time-to-live:PT5S}") Duration timeToLive) {
        this.timeToLive = timeToLive;
    }

    /** A cache of at most {@code maximumEntries} values. */
    public <K, V> ReadCache<K, V> create(int maximumEntries) {
        ReadCache<K, V> cache = new ReadCache<>(timeToLive, maximumEntries);
        caches.add(cache);
        return cache;
    }

    /** Empties every cache: data changed, here or on another instance. */
    void invalidateAll() {
        caches.forEach(ReadCache::forgetAll);
    }
}
