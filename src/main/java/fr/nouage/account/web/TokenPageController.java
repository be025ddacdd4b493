package fr.nouage.account.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.nouage.account.CurrentUser;
import fr.nouage.account.NouageUser;
import fr.nouage.account.internal.ApiTokens;

/**
 * The account page where a user makes personal API tokens (named, valid a year), sees when each
 * was last used and revokes them. A new token is shown once, on the answer to its creation; only
 * its hash is kept.
 */
@Controller
class TokenPageController {

    private final ApiTokens tokens;

    TokenPageController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/compte/jetons")
    String list(Model model) {
        return page(CurrentUser.require(), null, null, "", model);
    }

    @PostMapping("/compte/jetons")
    String create(@RequestParam(defaultValue = "") String name, Model model) {
        NouageUser user = CurrentUser.require();
        String trimmed = name.strip();
        if (trimmed.isEmpty() || trimmed.length() > ApiTokens.NAME_MAX) {
            return page(user, null, "tokens.error.name", name, model);
        }
        ApiTokens.Issued issued = tokens.issuePersonal(user.accountId(), trimmed);
        return page(user, issued, null, "", model);
    }

    @PostMapping("/compte/jetons/{id}/revocation")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        if (!tokens.revoke(CurrentUser.require().accountId(), id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("notice", "tokens.revoked");
        return "redirect:/compte/jetons";
    }

    private String page(NouageUser user, ApiTokens.Issued issued, String error, String name, Model model) {
        model.addAttribute("tokens", tokens.personal(user.accountId()));
        model.addAttribute("issued", issued);
        model.addAttribute("error", error);
        model.addAttribute("name", name);
        model.addAttribute("nameMax", ApiTokens.NAME_MAX);
        return "account/tokens";
    }
}
