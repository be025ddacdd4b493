package fr.nouage.account.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.nouage.account.Account;
import fr.nouage.account.AccountException;
import fr.nouage.account.Accounts;
import fr.nouage.account.Role;
import fr.nouage.account.RoleAssignment;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;
import fr.nouage.territory.Territory;

/** Admin pages: create accounts and give them roles scoped to a territory and a collectivité. */
@Controller
@RequestMapping("/admin/comptes")
class AccountAdminController {

    private final Accounts accounts;
    private final Territories territories;

    AccountAdminController(Accounts accounts, Territories territories) {
        this.accounts = accounts;
        this.territories = territories;
    }

    @GetMapping
    String list(@RequestParam(name = "territoire", required = false) String territory, Model model) {
        List<Account> shown = territory == null || territory.isBlank() ? accounts.all()
                : accounts.inTerritories(List.of(territory));
        model.addAttribute("accounts", shown);
        model.addAttribute("territories", territories.all());
        model.addAttribute("territoryNames", territoryNames());
        model.addAttribute("territoryFilter", territory == null ? "" : territory);
        model.addAttribute("error", null);
        model.addAttribute("form", new NewAccountForm("", "", ""));
        return "account/admin-accounts";
    }

    @PostMapping
    String create(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String displayName,
            @RequestParam(defaultValue = "") String password, Model model, RedirectAttributes redirect) {
        try {
            Account created = accounts.create(email, displayName, password.isEmpty() ? null : password);
            redirect.addFlashAttribute("notice", "account.created");
            return "redirect:/admin/comptes/" + created.id();
        } catch (AccountException e) {
            model.addAttribute("accounts", accounts.all());
            model.addAttribute("territories", territories.all());
            model.addAttribute("territoryNames", territoryNames());
            model.addAttribute("territoryFilter", "");
            model.addAttribute("error", e.messageKey());
            model.addAttribute("form", new NewAccountForm(email, displayName, ""));
            return "account/admin-accounts";
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @RequestParam(name = "territoire", required = false) String territory,
            Model model) {
        return page(find(id), territory, null, model);
    }

    /** The collectivité choices of a territory, swapped in by HTMX when the territory changes. */
    @GetMapping("/{id}/collectivites")
    String collectivityChoices(@PathVariable long id, @RequestParam(name = "territoire", defaultValue = "") String territory,
            Model model) {
        model.addAttribute("territory", territory);
        model.addAttribute("collectivities", collectivitiesOf(territory));
        return "account/collectivity-choices";
    }

    @PostMapping("/{id}/roles")
    String assign(@PathVariable long id, @RequestParam(defaultValue = "") String role,
            @RequestParam(name = "territoire", defaultValue = "") String territory,
            @RequestParam(name = "collectivite", defaultValue = "") String collectivity, Model model,
            RedirectAttributes redirect) {
        Account account = find(id);
        try {
            accounts.assign(id, new RoleAssignment(parseRole(role), blankToNull(territory), blankToNull(collectivity)));
            redirect.addFlashAttribute("notice", "account.roleAdded");
            return "redirect:/admin/comptes/" + id;
        } catch (AccountException e) {
            return page(account, territory, e.messageKey(), model);
        }
    }

    @PostMapping("/{id}/roles/retrait")
    String unassign(@PathVariable long id, @RequestParam String role,
            @RequestParam(name = "territoire", defaultValue = "") String territory,
            @RequestParam(name = "collectivite", defaultValue = "") String collectivity, RedirectAttributes redirect) {
        find(id);
        accounts.unassign(id, new RoleAssignment(parseRole(role), blankToNull(territory), blankToNull(collectivity)));
        redirect.addFlashAttribute("notice", "account.roleRemoved");
        return "redirect:/admin/comptes/" + id;
    }

    @PostMapping("/{id}/mot-de-passe")
    String password(@PathVariable long id, @RequestParam(defaultValue = "") String password, Model model,
            RedirectAttributes redirect) {
        Account account = find(id);
        try {
            accounts.changePassword(id, password);
            redirect.addFlashAttribute("notice", "account.passwordChanged");
            return "redirect:/admin/comptes/" + id;
        } catch (AccountException e) {
            return page(account, null, e.messageKey(), model);
        }
    }

    @PostMapping("/{id}/activation")
    String enable(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
        find(id);
        accounts.setEnabled(id, enabled);
        redirect.addFlashAttribute("notice", enabled ? "account.enabled" : "account.disabled");
        return "redirect:/admin/comptes/" + id;
    }

    private String page(Account account, String territory, String error, Model model) {
        model.addAttribute("account", account);
        model.addAttribute("roles", Role.values());
        model.addAttribute("territories", territories.all());
        model.addAttribute("selectedTerritory", territory == null ? "" : territory);
        model.addAttribute("collectivities", collectivitiesOf(territory));
        model.addAttribute("territoryNames", territoryNames());
        Map<String, String> collectivityNames = new HashMap<>();
        account.roles().stream().map(RoleAssignment::collectivitySiren).filter(Objects::nonNull).distinct()
                .forEach(siren -> territories.collectivity(siren).ifPresent(c -> collectivityNames.put(siren, c.name())));
        model.addAttribute("collectivityNames", collectivityNames);
        model.addAttribute("error", error);
        return "account/admin-account";
    }

    private Map<String, String> territoryNames() {
        return territories.all().stream().collect(Collectors.toMap(Territory::siren, Territory::name));
    }

    private List<Collectivity> collectivitiesOf(String territory) {
        return territory == null || territory.isBlank() ? List.of()
                : territories.collectivities(territory).stream().filter(Collectivity::active).toList();
    }

    private Account find(long id) {
        return accounts.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static Role parseRole(String role) {
        try {
            return Role.valueOf(role);
        } catch (IllegalArgumentException e) {
            throw new AccountException("account.error.role");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
