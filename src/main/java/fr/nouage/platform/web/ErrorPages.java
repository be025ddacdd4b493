package fr.nouage.platform.web;

import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/** Every error of a page is shown by one French template, never a stack trace. */
@Component
class ErrorPages implements ErrorViewResolver {

    static final Set<Integer> EXPLAINED = Set.of(400, 403, 404, 405, 409, 413, 415, 429, 500);

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        int code = EXPLAINED.contains(status.value()) ? status.value() : (status.is4xxClientError() ? 400 : 500);
        ModelAndView view = new ModelAndView("error", status);
        view.addObject("status", code);
        return view;
    }
}
