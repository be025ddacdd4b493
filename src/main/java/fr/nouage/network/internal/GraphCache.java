package fr.nouage.network.internal;

import java.time.Duration;

import org.springframework.boot.cache.autoconfigure.CacheManagerCustomizer;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.benmanes.caffeine.cache.Caffeine;

import fr.nouage.network.CooperationGraphs;

/**
 * The cache of cooperation graphs (Spring's cache abstraction on Caffeine). An instance forgets them
 * when a change that makes links happens on it; another instance sharing the database sees the change
 * within {@link #TIME_TO_LIVE} at most.
 */
@Configuration(proxyBeanMethods = false)
class GraphCache {

    static final Duration TIME_TO_LIVE = Duration.ofMinutes(10);

    @Bean
    CacheManagerCustomizer<CaffeineCacheManager> cooperationGraphTimeToLive() {
        return manager -> manager.registerCustomCache(CooperationGraphs.CACHE, Caffeine.newBuilder()
                .expireAfterWrite(TIME_TO_LIVE).maximumSize(2_000).build());
    }
}
