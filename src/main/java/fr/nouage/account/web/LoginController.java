package fr.nouage.account.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.nouage.account.AccountProperties;

/** The sign-in page. */
@Controller
class LoginController {

    private final AccountProperties properties;
    private final MessageSource messages;

    LoginController(AccountProperties properties, MessageSource messages) {
        this.properties = properties;
        this.messages = messages;
    }

    @GetMapping("/login")
    String login(@RequestParam(name = "erreur", required = false) String error,
            @RequestParam(name = "bloque", required = false) String blocked,
            @RequestParam(name = "deconnecte", required = false) String signedOut,
            @RequestParam(name = "motdepasse", required = false) String passwordChanged,
            @RequestParam(name = "oidc", required = false) String oidcError, Model model) {
        String message = null;
        if (blocked != null && blocked.matches("[0-9]{1,6}")) {
            long seconds = Long.parseLong(blocked);
            message = "login.error.delayed";
            model.addAttribute("wait", seconds < 60 ? messages.getMessage("login.wait.seconds", new Object[] {seconds},
                    Locale.FRENCH) : messages.getMessage("login.wait.minutes", new Object[] {(seconds + 59) / 60},
                            Locale.FRENCH));
        } else if (blocked != null) {
            message = "login.error.blocked";
        } else if (error != null) {
            message = "login.error.credentials";
        } else if (oidcError != null) {
            message = "login.error.oidc";
        }
        model.addAttribute("error", message);
        if (!model.containsAttribute("wait")) {
            model.addAttribute("wait", null);
        }
        model.addAttribute("signedOut", signedOut != null);
        model.addAttribute("passwordChanged", passwordChanged != null);
        model.addAttribute("oidcLabel", properties.oidc().enabled() ? properties.oidc().label() : null);
        return "account/login";
    }
}
