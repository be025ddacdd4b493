package fr.nouage.meeting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
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

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import fr.nouage.meeting.BodyKind;
import fr.nouage.meeting.ElectedSession;
import fr.nouage.meeting.Meetings;
import fr.nouage.meeting.Sessions;
import fr.nouage.support.IntegrationTest;
import fr.nouage.support.PageClient;

/**
 * The calendar page issues the same number of SQL statements for a year full of sittings and
 * meetings as for an empty year: nothing is loaded row by row.
 */
class CalendarQueriesIT extends IntegrationTest {

    static final String HEADER = "X-Count-Statements";
    static final Map<String, Integer> COUNTS = new ConcurrentHashMap<>();
    static final ThreadLocal<AtomicInteger> CURRENT = new ThreadLocal<>();

    @Autowired
    Sessions sessions;
    @Autowired
    Meetings meetings;

    /** Counts the statements each request marked with {@link #HEADER} prepares, on its own thread. */
    @TestConfiguration
    static class StatementCounting {

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

    private int statements(PageClient client, String path) {
        String key = path + "#" + System.nanoTime();
        var page = client.get(path, Map.of(HEADER, key));
        assertThat(page.status()).isEqualTo(200);
        return COUNTS.get(key);
    }

    @Test
    void theCalendarRunsAsManyStatementsForAFullYearAsForAnEmptyOne() {
        int full = LocalDate.now(ZoneId.of("Europe/Paris")).getYear() + 3;
        int empty = full + 2;
        LocalDate day = LocalDate.of(full, 1, 12);
        for (int week = 0; week < 40; week++) {
            LocalDate thursday = day.plusWeeks(week);
            ElectedSession bureau = sessions.plan(ERDRE, new Sessions.NewSession(week % 2 == 0 ? BodyKind.BUREAU
                    : BodyKind.CONSEIL_COMMUNAUTAIRE, null, thursday.atTime(18, 30), false, false, null));
            sessions.addItem(bureau.id(), "Point " + week);
            if (week % 3 != 0) {
                meetings.schedule(ERDRE, new Meetings.NewMeeting(LocalDateTime.of(thursday.minusDays(2),
                        java.time.LocalTime.of(9, 0)), null, null, null, null, week % 2 == 0 ? bureau.id() : null));
            }
        }
        PageClient director = new PageClient(baseUrl()).signIn("dg-" + ERDRE + "@demo.nouage.fr", DEMO_PASSWORD);
        String fullYear = "/territoires/" + ERDRE + "/calendrier?annee=" + full;
        String emptyYear = "/territoires/" + ERDRE + "/calendrier?annee=" + empty;
        statements(director, fullYear);
        statements(director, emptyYear);

        int forFull = statements(director, fullYear);
        int forEmpty = statements(director, emptyYear);

        assertThat(director.get(fullYear).text()).contains("Préparée par la")
                .contains("Sans réunion du collectif en amont");
        assertThat(forFull).as("statements for a full year (%d) and an empty one (%d)", forFull, forEmpty)
                .isPositive().isEqualTo(forEmpty).isLessThanOrEqualTo(8);
    }
}
