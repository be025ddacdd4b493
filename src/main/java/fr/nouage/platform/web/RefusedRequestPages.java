package fr.nouage.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Requests that Tomcat refuses before the application sees them (a header too large, a character
 * not allowed in an address) get a short French page instead of Tomcat's English report. Its valve
 * is added after Spring Boot's own, so it answers first.
 */
@Component
class RefusedRequestPages implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

    private final MessageSource messages;

    RefusedRequestPages(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        factory.addContextCustomizers(context -> context.getParent().getPipeline().addValve(new FrenchReport(messages)));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** Writes the title and text of the status from the message bundle, with nothing about the server. */
    static final class FrenchReport extends ErrorReportValve {

        private final MessageSource messages;

        FrenchReport(MessageSource messages) {
            this.messages = messages;
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            String page = page(messages, status);
            try {
                response.setContentType("text/html");
                response.setCharacterEncoding("utf-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(page);
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException ignored) {
                // the client is gone or the response already went out: nothing more to say
            }
        }

    }

    /** The short French page of a refused request: its title, its text and a way back. */
    static String page(MessageSource messages, int status) {
        int shown = ErrorPages.EXPLAINED.contains(status) ? status : status < 500 ? 400 : 500;
        String title = text(messages, "error.title." + shown);
        return "<!doctype html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>" + title
                + "</title></head><body><main><h1>" + title + "</h1><p>" + text(messages, "error.text." + shown)
                + "</p><p><a href=\"/\">" + text(messages, "error.home") + "</a></p></main></body></html>";
    }

    private static String text(MessageSource messages, String key) {
        return messages.getMessage(key, null, key, Locale.FRENCH).replace("&", "&amp;").replace("<", "&lt;")
                .replace(">", "&gt;");
    }
}
