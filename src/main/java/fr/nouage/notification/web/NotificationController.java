package fr.nouage.notification.web;

import java.util.Arrays;

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
import fr.nouage.notification.Frequency;
import fr.nouage.notification.Notification;
import fr.nouage.notification.Notifications;

/** The signed-in user's notifications and their e-mail preference. */
@Controller
class NotificationController {

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    String inbox(Model model) {
        long accountId = CurrentUser.require().accountId();
        model.addAttribute("notifications", notifications.inbox(accountId));
        model.addAttribute("frequency", notifications.frequency(accountId));
        return "notification/inbox";
    }

    /** Marks the notification read and opens the page it is about. */
    @GetMapping("/notifications/{id}")
    String open(@PathVariable long id) {
        Notification notification = notifications.open(CurrentUser.require().accountId(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String link = notification.link();
        return "redirect:" + (link.startsWith("/") && !link.startsWith("//") ? link : "/notifications");
    }

    @PostMapping("/notifications/lues")
    String markAllRead(RedirectAttributes redirect) {
        notifications.markAllRead(CurrentUser.require().accountId());
        redirect.addFlashAttribute("notice", "notification.allRead");
        return "redirect:/notifications";
    }

    @GetMapping("/compte/notifications")
    String preferences(Model model) {
        model.addAttribute("frequency", notifications.frequency(CurrentUser.require().accountId()));
        model.addAttribute("frequencies", Frequency.values());
        model.addAttribute("error", null);
        return "notification/preferences";
    }

    @PostMapping("/compte/notifications")
    String choose(@RequestParam(name = "frequence", required = false) String choice, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        long accountId = CurrentUser.require().accountId();
        Frequency frequency = Arrays.stream(Frequency.values()).filter(f -> f.name().equals(choice)).findFirst()
                .orElse(null);
        if (frequency == null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("frequency", notifications.frequency(accountId));
            model.addAttribute("frequencies", Frequency.values());
            model.addAttribute("error", "notification.preferences.error");
            return "notification/preferences";
        }
        notifications.chooseFrequency(accountId, frequency);
        redirect.addFlashAttribute("notice", "notification.preferences.saved");
        return "redirect:/compte/notifications";
    }
}
