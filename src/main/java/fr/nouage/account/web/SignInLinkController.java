package fr.nouage.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.nouage.account.AccountException;
import fr.nouage.account.Accounts;
import fr.nouage.account.CurrentUser;
import fr.nouage.account.NouageUser;
import fr.nouage.account.SignInLinks;

/**
 * Sign-in by a link received by e-mail: asking for one (the same answer whether the address is known
 * or not), the link's page that asks for a confirmation (so that a mail scanner opening it does not
 * use it), and the page where a signed-in person sets their password.
 */
@Controller
class SignInLinkController {

    private final SignInLinks links;
    private final Accounts accounts;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SignInLinkController(SignInLinks links, Accounts accounts) {
        this.links = links;
        this.accounts = accounts;
    }

    @GetMapping("/connexion/lien")
    String askForm(Model model) {
        model.addAttribute("sent", false);
        return "account/link-request";
    }

    @PostMapping("/connexion/lien")
    String ask(@RequestParam(defaultValue = "") String email, Model model) {
        links.request(email.strip());
        model.addAttribute("sent", true);
        return "account/link-request";
    }

    @GetMapping("/connexion/lien/{token}")
    String confirmForm(@PathVariable String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("valid", links.valid(token));
        return "account/link-confirm";
    }

    @PostMapping("/connexion/lien/{token}")
    String confirm(@PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model) {
        NouageUser user = links.consume(token).orElse(null);
        if (user == null) {
            model.addAttribute("token", token);
            model.addAttribute("valid", false);
            return "account/link-confirm";
        }
        request.getSession(true);
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        return "redirect:/compte/mot-de-passe";
    }

    @GetMapping("/compte/mot-de-passe")
    String passwordForm() {
        CurrentUser.require();
        return "account/password";
    }

    @PostMapping("/compte/mot-de-passe")
    String changePassword(@RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String confirmation, RedirectAttributes redirect) {
        NouageUser user = CurrentUser.require();
        if (!password.equals(confirmation)) {
            redirect.addFlashAttribute("alert", "network.password.mismatch");
            return "redirect:/compte/mot-de-passe";
        }
        try {
            accounts.changePassword(user.accountId(), password);
        } catch (AccountException e) {
            redirect.addFlashAttribute("alert", e.messageKey());
            return "redirect:/compte/mot-de-passe";
        }
        // the new password ends every session of the account, this one included
        return "redirect:/login?motdepasse";
    }
}
