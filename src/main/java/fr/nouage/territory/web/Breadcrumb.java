package fr.nouage.territory.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The trail of a page deep inside a territory (a meeting's minutes, an item, a consultation, a
 * version of the charter), read from its path: each step that is a page of its own is a link.
 */
public final class Breadcrumb {

    /** A step: its message key, an argument-free label, and its link ({@code null} for the page itself). */
    public record Crumb(String key, String href) {
    }

    private Breadcrumb() {
    }

    /** The steps of a path, empty for the territory's first-level pages (their tab says where one is). */
    public static List<Crumb> of(String path) {
        if (path == null || !path.startsWith("/territoires/")) {
            return List.of();
        }
        String[] parts = path.substring(1).split("/");
        if (parts.length < 4) {
            return List.of();
        }
        List<Crumb> crumbs = new ArrayList<>();
        String base = "/" + parts[0] + "/" + parts[1];
        String section = parts[2];
        // the élus' sittings have no list of their own: the calendar shows them
        crumbs.add(new Crumb("breadcrumb." + section, base + "/" + ("seances".equals(section) ? "calendrier" : section)));
        String sectionPath = base + "/" + section;
        switch (section) {
            case "reunions", "seances", "consultations", "instances" -> {
                if (parts[3].matches("\\d+")) {
                    crumbs.add(new Crumb("breadcrumb." + section + ".one", sectionPath + "/" + parts[3]));
                    if (parts.length > 4) {
                        crumbs.add(new Crumb("breadcrumb.page." + parts[4], null));
                    }
                } else {
                    crumbs.add(new Crumb("breadcrumb.page." + parts[3], null));
                }
            }
            case "charte" -> {
                if (parts[3].equals("versions") && parts.length > 4) {
                    crumbs.add(new Crumb("breadcrumb.versions", sectionPath + "/versions"));
                    crumbs.add(new Crumb("breadcrumb.version", parts.length > 5 ? sectionPath + "/versions/" + parts[4]
                            : null));
                    if (parts.length > 5) {
                        crumbs.add(new Crumb("breadcrumb.page." + parts[5], null));
                    }
                } else {
                    crumbs.add(new Crumb("breadcrumb.page." + parts[3], null));
                }
            }
            default -> crumbs.add(new Crumb("breadcrumb.page." + parts[3], null));
        }
        // the page itself is the last step, never a link
        Crumb last = crumbs.get(crumbs.size() - 1);
        crumbs.set(crumbs.size() - 1, new Crumb(last.key(), null));
        return crumbs;
    }
}
