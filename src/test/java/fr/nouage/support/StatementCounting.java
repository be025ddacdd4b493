package fr.nouage.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements each request marked with {@link #HEADER} prepares, on its own thread.
 * Tests that {@code @Import} it share one Spring context.
 */
@TestConfiguration
public class StatementCounting {

    static final String HEADER = "X-Count-Statements";
    static final Map<String, Integer> COUNTS = new ConcurrentHashMap<>();
    static final ThreadLocal<AtomicInteger> CURRENT = new ThreadLocal<>();

    /** The number of statements a page costs, once checked that it answers 200. */
    public static int statements(PageClient client, String path) {
        String key = path + "#" + System.nanoTime();
        var page = client.get(path, Map.of(HEADER, key));
        assertThat(page.status()).as("status of " + path).isEqualTo(200);
        // a page sent whole with its length reaches the client before the filter below records the count
        long until = System.nanoTime() + 5_000_000_000L;
        while (!COUNTS.containsKey(key) && System.nanoTime() < until) {
            Thread.onSpinWait();
        }
        assertThat(COUNTS).as("statements counted for " + path).containsKey(key);
        return COUNTS.get(key);
    }

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource ds && !(bean instanceof Counting) ? new Counting(ds) : bean;
            }
        };
    }

    @Bean
    FilterRegistrationBean<Filter> countingFilter() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new Filter() {
            @Override
            public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                    throws IOException, ServletException {
                String key = ((HttpServletRequest) request).getHeader(HEADER);
                if (key == null) {
                    chain.doFilter(request, response);
                    return;
                }
                AtomicInteger count = new AtomicInteger();
                CURRENT.set(count);
                try {
                    chain.doFilter(request, response);
                } finally {
                    CURRENT.remove();
                    COUNTS.put(key, count.get());
                }
            }
        });
        // inside the session filter: the session saved after the response is not the page's own work
        registration.setOrder(org.springframework.session.web.http.SessionRepositoryFilter.DEFAULT_ORDER + 1);
        return registration;
    }

    static final class Counting extends DelegatingDataSource {

        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counted(super.getConnection());
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return counted(super.getConnection(user, password));
        }

        private static Connection counted(Connection connection) {
            return (Connection) Proxy.newProxyInstance(Counting.class.getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        String name = method.getName();
                        boolean sessionStore = args != null && args.length > 0 && args[0] instanceof String sql
                                && sql.toLowerCase(java.util.Locale.ROOT).contains("spring_session");
                        if ((name.equals("prepareStatement") || name.equals("createStatement")
                                || name.equals("prepareCall")) && CURRENT.get() != null && !sessionStore) {
                            CURRENT.get().incrementAndGet();
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}
