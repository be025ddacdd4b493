package fr.nouage.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a form or address parameter holding a NUL character as a bad request: no keyboard types
 * one, and PostgreSQL cannot store it in text (it would fail there after passing on H2). The API
 * refuses it in JSON text through {@link NulFreeJson}. Runs just after {@link RequestBodyGate}: reading
 * the parameters reads a multipart body, which only the gate may let through.
 */
@Component
@Order(RequestBodyGate.ORDER + 1)
class NulCharacters extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        for (String[] values : request.getParameterMap().values()) {
            for (String value : values) {
                if (value != null && value.indexOf('\0') >= 0) {
                    response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }
}
