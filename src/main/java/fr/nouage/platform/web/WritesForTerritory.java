package fr.nouage.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import fr.nouage.platform.cache.WriteScope;

/**
 * A request whose path names one territory, or a meeting or an item of one territory, writes for that
 * territory alone ({@link WriteScope}): the pages kept for the other territories stay valid after it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class WritesForTerritory extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        WriteScope.startRequest(request.getRequestURI());
        try {
            chain.doFilter(request, response);
        } finally {
            WriteScope.leave();
        }
    }
}
