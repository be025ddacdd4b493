package fr.nouage.webhook.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

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
import fr.nouage.meeting.MeetingAccess;
import fr.nouage.platform.RefusedOperation.Reason;
import fr.nouage.territory.Territories;
import fr.nouage.territory.Territory;
import fr.nouage.webhook.WebhookEvent;
import fr.nouage.webhook.WebhookException;
import fr.nouage.webhook.Webhooks;

/** The territory's webhooks: register one (its secret shown once), remove one, read the delivery log. */
@Controller
class WebhookController {

    private final Webhooks webhooks;
    private final Territories territories;

    WebhookController(Webhooks webhooks, Territories territories) {
        this.webhooks = webhooks;
        this.territories = territories;
    }

    @GetMapping("/territoires/{siren}/webhooks")
    String page(@PathVariable String siren, Model model) {
        return page(siren, organiser(siren), null, null, "", EnumSet.allOf(WebhookEvent.class), model);
    }

    @PostMapping("/territoires/{siren}/webhooks")
    String register(@PathVariable String siren, @RequestParam(defaultValue = "") String url,
            @RequestParam(name = "events", required = false) List<String> events, Model model,
            HttpServletResponse response) {
        NouageUser user = organiser(siren);
        Set<WebhookEvent> chosen = EnumSet.noneOf(WebhookEvent.class);
        if (events != null) {
            for (WebhookEvent e : WebhookEvent.values()) {
                if (events.contains(e.name())) {
                    chosen.add(e);
                }
            }
        }
        try {
            Webhooks.Registered registered = webhooks.register(siren, url, chosen, user);
            return page(siren, user, registered, null, "", EnumSet.allOf(WebhookEvent.class), model);
        } catch (WebhookException e) {
            response.setStatus(e.status());
            return page(siren, user, null, e, url, chosen, model);
        }
    }

    @PostMapping("/territoires/{siren}/webhooks/{id}/suppression")
    String remove(@PathVariable String siren, @PathVariable long id, RedirectAttributes redirect) {
        try {
            webhooks.remove(siren, id, organiser(siren));
        } catch (WebhookException e) {
            throw new ResponseStatusException(e.reason() == Reason.NOT_FOUND ? HttpStatus.NOT_FOUND : HttpStatus.FORBIDDEN);
        }
        redirect.addFlashAttribute("notice", "webhook.removed");
        return "redirect:/territoires/" + siren + "/webhooks";
    }

    private NouageUser organiser(String siren) {
        NouageUser user = CurrentUser.require();
        if (!MeetingAccess.mayOrganise(user, siren)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return user;
    }

    private String page(String siren, NouageUser user, Webhooks.Registered registered, WebhookException error,
            String url, Set<WebhookEvent> chosen, Model model) {
        Territory territory = territories.find(siren).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("territory", territory);
        model.addAttribute("webhooks", webhooks.of(siren, user));
        model.addAttribute("deliveries", webhooks.log(siren, user));
        model.addAttribute("maxAttempts", webhooks.maxAttempts());
        model.addAttribute("registered", registered);
        model.addAttribute("error", error == null ? null : error.messageKey());
        model.addAttribute("errorArgs", error == null ? new Object[0] : error.arguments());
        model.addAttribute("url", url);
        model.addAttribute("chosen", chosen);
        model.addAttribute("events", WebhookEvent.values());
        return "webhook/webhooks";
    }
}
