package fr.nouage.platform.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements each request thread prepares, for the benchmark's "statements per
 * page" figure. Installed only when {@code nouage.bench.enabled} is true; only the connections taken
 * by a request that asked for its count are watched, so that the load itself runs on plain connections.
 */
final class SqlStatementCounter implements BeanPostProcessor {

    private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();
    private static final Set<String> STATEMENT_METHODS = Set.of("prepareStatement", "createStatement", "prepareCall");

    /** Starts counting on this thread. */
    static void start() {
        COUNT.set(new int[1]);
    }

    /** Stops counting on this thread, and tells how many statements it counted. */
    static int stop() {
        int[] count = COUNT.get();
        COUNT.remove();
        return count == null ? 0 : count[0];
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof Proxy)) {
            return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                    (proxy, method, args) -> {
                        Object result = invoke(dataSource, method, args);
                        return result instanceof Connection connection && COUNT.get() != null ? counting(connection)
                                : result;
                    });
        }
        return bean;
    }

    private static Connection counting(Connection connection) {
        InvocationHandler handler = (proxy, method, args) -> {
            // the web session store is written when the response commits: not the page's own work
            boolean sessionStore = args != null && args.length > 0 && args[0] instanceof String sql
                    && sql.toLowerCase(java.util.Locale.ROOT).contains("spring_session");
            int[] count = COUNT.get();
            if (count != null && STATEMENT_METHODS.contains(method.getName()) && !sessionStore) {
                count[0]++;
            }
            return invoke(connection, method, args);
        };
        return (Connection) Proxy.newProxyInstance(SqlStatementCounter.class.getClassLoader(),
                new Class<?>[] {Connection.class}, handler);
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
