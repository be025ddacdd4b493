package fr.nouage.meeting.web;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import fr.nouage.account.CurrentUser;
import fr.nouage.meeting.CalendarFeeds;
import fr.nouage.territory.Territories;

/**
 * The private calendar feeds of a territory: the page where directors and the facilitator create
 * and revoke them, and the feed itself, opened by its token alone (calendar applications do not
 * sign in). The token appears only in the address; it is never logged nor stored.
 */
@Controller
class CalendarFeedController {

    static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final CalendarFeeds feeds;
    private final Territories territories;

    CalendarFeedController(CalendarFeeds feeds, Territories territories) {
        this.feeds = feeds;
        this.territories = territories;
    }

    @GetMapping("/territoires/{siren}/flux")
    String list(@PathVariable String siren, Model model) {
        model.addAttribute("territory", territories.find(siren)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("feeds", feeds.of(siren, CurrentUser.require()));
        if (!model.containsAttribute("feedUrl")) {
            model.addAttribute("feedUrl", null);
        }
        return "meeting/feeds";
    }

    @PostMapping("/territoires/{siren}/flux")
    String create(@PathVariable String siren, RedirectAttributes redirect) {
        CalendarFeeds.CreatedFeed created = feeds.create(siren, CurrentUser.require());
        String url = ServletUriComponentsBuilder.fromCurrentContextPath().path("/flux/{token}.ics")
                .buildAndExpand(created.token()).toUriString();
        redirect.addFlashAttribute("feedUrl", url);
        redirect.addFlashAttribute("notice", "feeds.created");
        return "redirect:/territoires/" + siren + "/flux";
    }

    @PostMapping("/territoires/{siren}/flux/{feedId}/revocation")
    String revoke(@PathVariable String siren, @PathVariable long feedId, RedirectAttributes redirect) {
        feeds.revoke(siren, feedId, CurrentUser.require());
        redirect.addFlashAttribute("notice", "feeds.revoked");
        return "redirect:/territoires/" + siren + "/flux";
    }

    /** The territory's calendar for the signed-in reader, to import once into their own calendar. */
    @GetMapping("/territoires/{siren}/calendrier.ics")
    ResponseEntity<String> calendar(@PathVariable String siren) {
        return ics(feeds.calendar(siren, CurrentUser.require()), "calendrier-" + siren + ".ics");
    }

    /** One meeting as a calendar event ("add to my calendar"). */
    @GetMapping("/territoires/{siren}/reunions/{id}/agenda.ics")
    ResponseEntity<String> meeting(@PathVariable String siren, @PathVariable long id) {
        return ics(feeds.meetingCalendar(siren, id, CurrentUser.require()), "reunion-" + id + ".ics");
    }

    private static ResponseEntity<String> ics(String calendar, String fileName) {
        return ResponseEntity.ok().contentType(CALENDAR).cacheControl(CacheControl.noStore().cachePrivate())
                .header("Content-Disposition", org.springframework.http.ContentDisposition.attachment()
                        .filename(fileName).build().toString())
                .body(calendar);
    }

    @GetMapping("/flux/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        return feeds.calendarOfToken(token)
                .map(ics -> ResponseEntity.ok().contentType(CALENDAR)
                        .cacheControl(CacheControl.noStore().cachePrivate())
                        .header("X-Robots-Tag", "noindex").body(ics))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
