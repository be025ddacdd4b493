package fr.nouage.account.internal;

import org.springframework.boot.cache.autoconfigure.CacheManagerCustomizer;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.benmanes.caffeine.cache.Caffeine;

import fr.nouage.account.AccountProperties;

/** The cache of {@link SignedInAccounts}: Spring's cache abstraction on Caffeine, with its own time to live. */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class SignedInAccountsCache {

    @Bean
    CacheManagerCustomizer<CaffeineCacheManager> signedInAccountsTimeToLive(AccountProperties properties) {
        return manager -> manager.registerCustomCache(SignedInAccounts.CACHE, Caffeine.newBuilder()
                .expireAfterWrite(properties.signedInTimeToLive()).maximumSize(20_000).build());
    }
}
