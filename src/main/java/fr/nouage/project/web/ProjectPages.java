package fr.nouage.project.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import fr.nouage.account.CurrentUser;
import fr.nouage.account.NouageUser;
import fr.nouage.platform.RefusedOperation;
import fr.nouage.project.Project;
import fr.nouage.project.ProjectException;
import fr.nouage.project.Projects;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;
import fr.nouage.territory.Territory;

/** What every project page looks up: the territory, the user, the project, the collectivités' names. */
@Component
class ProjectPages {

    private final Territories territories;
    private final Projects projects;
    private final MessageSource messages;

    ProjectPages(Territories territories, Projects projects, MessageSource messages) {
        this.territories = territories;
        this.projects = projects;
        this.messages = messages;
    }

    Territory territory(String siren) {
        return territories.find(siren).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    NouageUser user() {
        return CurrentUser.require();
    }

    /** The project of the territory of the path; 404 otherwise. */
    Project project(String siren, long id) {
        try {
            return projects.require(siren, id);
        } catch (ProjectException e) {
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
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale);
    }

    /** A date typed in a form ({@code yyyy-MM-dd}), {@code null} when blank; INVALID when unreadable. */
    static LocalDate date(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            throw new ProjectException(RefusedOperation.Reason.INVALID, "project.error.date");
        }
    }

    /** A date as a French reader expects it, e.g. 14/01/2027; empty for none. */
    static String day(LocalDate date) {
        return date == null ? "" : fr.nouage.platform.DateFormats.of("dd/MM/yyyy", Locale.FRENCH).format(date);
    }
}
