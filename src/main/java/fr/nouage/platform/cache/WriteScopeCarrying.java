package fr.nouage.platform.cache;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskDecorator;

/**
 * Work handed over to the application's task executor (the listeners of module events) writes for
 * the territory of the work that handed it over ({@link WriteScope}).
 */
@Configuration(proxyBeanMethods = false)
class WriteScopeCarrying {

    @Bean
    TaskDecorator writeScopeCarrier() {
        return WriteScope::carried;
    }
}
