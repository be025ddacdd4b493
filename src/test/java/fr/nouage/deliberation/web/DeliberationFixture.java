package fr.nouage.deliberation.web;

import java.time.LocalDateTime;
import java.util.List;

import fr.nouage.account.NouageUser;
import fr.nouage.account.Role;
import fr.nouage.account.RoleAssignment;
import fr.nouage.meeting.AgendaItem;
import fr.nouage.meeting.ItemKind;
import fr.nouage.meeting.Meeting;
import fr.nouage.meeting.Meetings;
import fr.nouage.support.NouageIT;
import fr.nouage.support.PageClient;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;

/** Meetings, items and people of the demo territories for the deliberation tests. */
final class DeliberationFixture {

    private final Meetings meetings;
    private final Territories territories;
    private final String baseUrl;

    DeliberationFixture(Meetings meetings, Territories territories, String baseUrl) {
        this.meetings = meetings;
        this.territories = territories;
        this.baseUrl = baseUrl;
    }

    /** A user directing a collectivité, for calls made without signing in. */
    static NouageUser director(String territory, Collectivity c) {
        return new NouageUser(800_000_000L + Long.parseLong(c.siren()) % 1_000_000, "test-" + c.siren() + "@example.org",
                "Direction " + c.name(), List.of(RoleAssignment.director(territory, c.siren())));
    }

    static NouageUser facilitator(String territory) {
        return new NouageUser(799_999_999L, "facilitation@example.org", "Facilitation",
                List.of(RoleAssignment.inTerritory(Role.FACILITATOR, territory)));
    }

    /** The active communes of a territory, by name. */
    List<Collectivity> communes(String territory) {
        return territories.collectivities(territory).stream().filter(c -> !c.isEpci() && c.active()).toList();
    }

    Collectivity epci(String territory) {
        return territories.collectivities(territory).stream().filter(Collectivity::isEpci).findFirst().orElseThrow();
    }

    Meeting meeting(String territory, LocalDateTime startsAt) {
        return meetings.schedule(territory, new Meetings.NewMeeting(startsAt, null, null, null, null, null));
    }

    /** An item proposed by the EPCI's director. */
    AgendaItem item(Meeting meeting, String title, ItemKind kind) {
        return meetings.propose(meeting.id(), new Meetings.ProposedItem(title, "Texte initial : " + title, kind, false,
                null, false), director(meeting.territorySiren(), epci(meeting.territorySiren())));
    }

    PageClient signIn(String email) {
        return new PageClient(baseUrl).signIn(email, NouageIT.DEMO_PASSWORD);
    }

    /** The page client of a commune's director (its secrétaire général or DGS). */
    PageClient director(Collectivity commune) {
        return signIn(commune.isEpci() ? "dg-" + commune.siren() + "@demo.nouage.fr"
                : "dgs-" + commune.inseeCode() + "@demo.nouage.fr");
    }

    PageClient facilitator() {
        return signIn("facilitateur@demo.nouage.fr");
    }

    static String path(Meeting meeting, AgendaItem item) {
        return "/territoires/" + meeting.territorySiren() + "/reunions/" + meeting.id() + "/deliberation/" + item.id();
    }
}
