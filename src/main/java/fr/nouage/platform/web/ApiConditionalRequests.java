package fr.nouage.platform.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Conditional reads of the API with Spring's {@link ShallowEtagHeaderFilter}: every successful GET
 * under {@code /api/v1} carries an {@code ETag} (a hash of its body, or the one the controller set,
 * as the minutes' version), and a GET whose {@code If-None-Match} names it is answered 304 without
 * a body. It saves the client's bandwidth and parsing, not the server's work.
 */
@Configuration(proxyBeanMethods = false)
class ApiConditionalRequests {

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(
                new ShallowEtagHeaderFilter());
        registration.addUrlPatterns("/api/v1/*");
        registration.setName("apiEtags");
        return registration;
    }
}
