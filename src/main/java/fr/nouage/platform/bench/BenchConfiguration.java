package fr.nouage.platform.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * What the benchmark needs from a running instance, only when {@code nouage.bench.enabled} is
 * true: a trivial endpoint (renders nothing, reads no database), the peak heap, the number of
 * SQL statements of a response in the {@code X-SQL-Statements} header when the request asks with
 * {@code X-Count-SQL}, and the name of the instance that answered in the {@code X-Instance} header
 * ({@code nouage.bench.instance}, by default the server port), for the several-instances script.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "nouage.bench.enabled", havingValue = "true")
class BenchConfiguration {

    @Bean
    static SqlStatementCounter sqlStatementCounter() {
        return new SqlStatementCounter();
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> sqlStatementHeader(
            @Value("${nouage.bench.instance:${server.port:8080}}") String instance) {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                response.setHeader("X-Instance", instance);
                if (request.getHeader("X-Count-SQL") == null) {
                    // the count buffers the whole response: only for the request that asks for it
                    chain.doFilter(request, response);
                    return;
                }
                SqlStatementCounter.start();
                ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
                try {
                    chain.doFilter(request, wrapper);
                } finally {
                    wrapper.setHeader("X-SQL-Statements", String.valueOf(SqlStatementCounter.stop()));
                }
                wrapper.copyBodyToResponse();
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @RestController
    @ConditionalOnProperty(name = "nouage.bench.enabled", havingValue = "true")
    static class BenchController {

        /** The trivial endpoint the benchmark compares every page with. */
        @GetMapping("/bench/noop")
        String noop() {
            return "ok";
        }

        /** Peak heap used since start, in bytes, and the maximum heap. */
        @GetMapping("/bench/memory")
        Map<String, Long> memory() {
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            return Map.of("peakHeapBytes", peak, "maxHeapBytes", Runtime.getRuntime().maxMemory());
        }
    }
}
