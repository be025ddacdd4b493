package fr.nouage.platform.cache;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Makes the short-lived caches of data read by nearly every page (a territory, its collectivités, its
 * team). Each instance keeps its own: a write on this instance empties the cache at once (and again at
 * commit), a write on another instance sharing the database shows here after at most the time to live.
 * A time to live of zero turns caching off.
 */
@Component
public class ReadCaches {

    private final Duration timeToLive;

    ReadCaches(@Value("${nouage.cache.time-to-live:PT5S}") Duration timeToLive) {
        this.timeToLive = timeToLive;
    }

    /** A cache of at most {@code maximumEntries} values. */
    public <K, V> ReadCache<K, V> create(int maximumEntries) {
        return new ReadCache<>(timeToLive, maximumEntries);
    }
}
