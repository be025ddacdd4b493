package fr.nouage.platform;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Beans every module shares: the one {@link Clock} of the application (tests replace it with a
 * {@code @Primary} clock of their own to move time).
 */
@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
