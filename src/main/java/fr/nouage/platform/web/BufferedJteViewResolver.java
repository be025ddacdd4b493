package fr.nouage.platform.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.view.AbstractUrlBasedView;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import gg.jte.springframework.boot.autoconfigure.JteProperties;
import gg.jte.springframework.boot.autoconfigure.JteView;
import gg.jte.springframework.boot.autoconfigure.JteViewResolver;

/**
 * Renders each page into a byte buffer, then writes it to the response at once with its length.
 * The default view writes every fragment of a template through the chain of response wrappers
 * (security headers, web session, character encoder), which cost more than the page itself; the
 * templates are compiled with their static text already encoded in UTF-8 for this output.
 */
@Component("jteViewResolver")
class BufferedJteViewResolver extends JteViewResolver {

    private final TemplateEngine templates;

    BufferedJteViewResolver(TemplateEngine templates, JteProperties properties) {
        super(templates, properties);
        this.templates = templates;
    }

    @Override
    protected AbstractUrlBasedView instantiateView() {
        return new BufferedJteView(templates);
    }

    static final class BufferedJteView extends JteView {

        private final TemplateEngine templates;

        BufferedJteView(TemplateEngine templates) {
            super(templates);
            this.templates = templates;
        }

        @Override
        protected void renderMergedTemplateModel(Map<String, Object> model, HttpServletRequest request,
                HttpServletResponse response) throws Exception {
            Utf8ByteOutput output = new Utf8ByteOutput();
            templates.render(getUrl(), model, output);
            response.setCharacterEncoding("UTF-8");
            byte[] page = output.toByteArray();
            response.setContentLength(page.length);
            // one write: the output's own writeTo passes each fragment through every response wrapper
            response.getOutputStream().write(page);
        }
    }
}
