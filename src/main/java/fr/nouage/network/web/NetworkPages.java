package fr.nouage.network.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.nouage.account.CurrentUser;
import fr.nouage.account.NouageUser;
import fr.nouage.network.Network;
import fr.nouage.network.NetworkException;
import fr.nouage.network.Networks;
import fr.nouage.platform.RefusedOperation;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;
import fr.nouage.territory.Territory;

/** What every network page looks up: the territory, the user, the network, the collectivités' names. */
@Component
class NetworkPages {

    private final Territories territories;
    private final Networks networks;
    private final MessageSource messages;

    NetworkPages(Territories territories, Networks networks, MessageSource messages) {
        this.territories = territories;
        this.networks = networks;
        this.messages = messages;
    }

    Territory territory(String siren) {
        return territories.find(siren).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    NouageUser user() {
        return CurrentUser.require();
    }

    /** The network of the territory of the path; 404 otherwise. */
    Network network(String siren, long id) {
        try {
            return networks.require(siren, id);
        } catch (NetworkException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    /** The active collectivités: the EPCI first, then the communes by name. */
    List<Collectivity> members(String siren) {
        return territories.collectivities(siren).stream().filter(Collectivity::active).toList();
    }

    Map<String, String> names(String siren) {
        Map<String, String> names = new LinkedHashMap<>();
        territories.collectivities(siren).forEach(c -> names.put(c.siren(), c.name()));
        return names;
    }

    /** The sentence of a refusal in the user's language. */
    String text(RefusedOperation e) {
        return messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), LocaleContextHolder.getLocale());
    }

    /**
     * Runs a change and comes back to {@code target}, with a notice or the refusal's sentence kept for
     * the next page (a refusal for lack of right answers 403).
     */
    String act(String target, RedirectAttributes redirect, String notice, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (RefusedOperation e) {
            if (e.reason() == RefusedOperation.Reason.FORBIDDEN) {
                throw new ResponseStatusException(HttpStatus.FORBIDDEN);
            }
            redirect.addFlashAttribute("problem", text(e));
        }
        return "redirect:" + target;
    }

    /** A date typed in a form ({@code yyyy-MM-dd}), {@code null} when blank; INVALID when unreadable. */
    static LocalDate date(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            throw NetworkException.invalid("network.error.dateFormat");
        }
    }

    /** The enum constant typed, {@code null} when blank or unknown (the service then says what is missing). */
    static <E extends Enum<E>> E parse(Class<E> type, String typed) {
        try {
            return typed == null || typed.isBlank() ? null : Enum.valueOf(type, typed.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
