package fr.nouage.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A form whose file name Tomcat refuses to read (a NUL character in it) fails as soon as any filter
 * reads a parameter, before the application sees the request: it is answered as a bad request, with
 * the French error page, instead of a server error.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class MalformedUploads extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException e) {
            if (!causedByFileName(e) || response.isCommitted()) {
                throw e;
            }
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    private static boolean causedByFileName(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidFileNameException) {
                return true;
            }
        }
        return false;
    }
}
