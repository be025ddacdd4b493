package fr.nouage.observatory.internal;

import org.springframework.boot.cache.autoconfigure.CacheManagerCustomizer;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.benmanes.caffeine.cache.Caffeine;

import fr.nouage.observatory.Observatory;
import fr.nouage.observatory.ObservatoryProperties;

/** The observatory's cache of evidence: one entry per territory, with its own time to live. */
@Configuration(proxyBeanMethods = false)
class EvidenceCache {

    @Bean
    CacheManagerCustomizer<CaffeineCacheManager> observatoryEvidenceTimeToLive(ObservatoryProperties properties) {
        return manager -> manager.registerCustomCache(Observatory.CACHE, Caffeine.newBuilder()
                .expireAfterWrite(properties.evidenceTimeToLive()).maximumSize(2_000).build());
    }
}
