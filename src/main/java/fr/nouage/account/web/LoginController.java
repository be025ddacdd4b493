package fr.nouage.account.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.nouage.account.AccountProperties;

/** The sign-in page. */
@Controller
class LoginController {

    private final AccountProperties properties;

    LoginController(AccountProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/login")
    String login(@RequestParam(name = "erreur", required = false) String error,
            @RequestParam(name = "bloque", required = false) String blocked,
            @RequestParam(name = "deconnecte", required = false) String signedOut,
            @RequestParam(name = "oidc", required = false) String oidcError, Model model) {
        String message = null;
        if (blocked != null) {
            message = "login.error.blocked";
        } else if (error != null) {
            message = "login.error.credentials";
        } else if (oidcError != null) {
            message = "login.error.oidc";
        }
        model.addAttribute("error", message);
        model.addAttribute("signedOut", signedOut != null);
        model.addAttribute("oidcLabel", properties.oidc().enabled() ? properties.oidc().label() : null);
        return "account/login";
    }
}
