package fr.nouage.accompaniment.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.nouage.accompaniment.Seminar;
import fr.nouage.accompaniment.Seminars;
import fr.nouage.accompaniment.Verbatim;
import fr.nouage.accompaniment.VerbatimCategory;
import fr.nouage.accompaniment.VerbatimWall;
import fr.nouage.accompaniment.Wall;
import fr.nouage.account.CurrentUser;
import fr.nouage.account.NouageUser;

/** The wall projected in the room (live through server-sent events), its export and its moderation. */
@Controller
class WallController {

    private final Seminars seminars;
    private final VerbatimWall wall;
    private final WallScreens screens;
    private final SeminarPages pages;
    private final MessageSource messages;

    WallController(Seminars seminars, VerbatimWall wall, WallScreens screens, SeminarPages pages,
            MessageSource messages) {
        this.seminars = seminars;
        this.wall = wall;
        this.screens = screens;
        this.pages = pages;
        this.messages = messages;
    }

    @GetMapping("/seminaires/{id}/mur")
    String projected(@PathVariable long id, Model model) {
        Seminar seminar = seminars.forParticipant(id, CurrentUser.require());
        model.addAttribute("view", SeminarView.of(seminar, List.of(), pages.territoryNames(), false, false));
        model.addAttribute("wall", wall.wall(seminar));
        return "accompaniment/wall-screen";
    }

    /** The wall alone, which the projected page fetches again at each change. */
    @GetMapping("/seminaires/{id}/mur/contenu")
    String content(@PathVariable long id, Model model) {
        Seminar seminar = seminars.forParticipant(id, CurrentUser.require());
        model.addAttribute("wall", wall.wall(seminar));
        return "accompaniment/wall";
    }

    /**
     * The event stream of the projected wall: a {@code wall} event at each change. Only a browser's
     * event source (which accepts {@code text/event-stream}) opens it; any other client is answered 406.
     */
    @GetMapping("/seminaires/{id}/mur/flux")
    Object stream(@PathVariable long id, @RequestHeader(value = HttpHeaders.ACCEPT, defaultValue = "") String accept) {
        Seminar seminar = seminars.forParticipant(id, CurrentUser.require());
        if (!accept.contains(MediaType.TEXT_EVENT_STREAM_VALUE)) {
            return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).build();
        }
        SseEmitter emitter = screens.connect(seminar.id(), wall.wall(seminar).version());
        return ResponseEntity.ok().header("X-Accel-Buffering", "no").contentType(MediaType.TEXT_EVENT_STREAM)
                .body(emitter);
    }

    /** The wall grouped by category, as Markdown, to paste into a restitution. */
    @GetMapping("/seminaires/{id}/mur/export.md")
    ResponseEntity<byte[]> export(@PathVariable long id, Locale locale) {
        Seminar seminar = seminars.forParticipant(id, CurrentUser.require());
        Wall shown = wall.wall(seminar);
        StringBuilder md = new StringBuilder("# ").append(seminar.title()).append("\n\n");
        for (VerbatimCategory c : VerbatimCategory.values()) {
            md.append("## ").append(messages.getMessage(c.messageKey(), null, locale)).append("\n\n");
            for (Verbatim v : shown.of(c)) {
                md.append("- ").append(v.text().replace("\n", " "));
                if (v.votes() > 0) {
                    md.append(" (").append(messages.getMessage("accompaniment.wall.votes", new Object[] {v.votes()},
                            locale)).append(')');
                }
                md.append('\n');
            }
            md.append('\n');
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "markdown", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"mur-seminaire-" + id + ".md\"")
                .body(md.toString().getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/seminaires/{id}/moderation")
    String moderation(@PathVariable long id, Model model) {
        NouageUser user = CurrentUser.require();
        Seminar seminar = wall.moderated(id, user);
        List<Verbatim> all = wall.all(id, user);
        model.addAttribute("view", SeminarView.of(seminar, List.of(), pages.territoryNames(), false, true));
        model.addAttribute("verbatims", all);
        return "accompaniment/moderation";
    }

    @PostMapping("/seminaires/{id}/moderation/{verbatimId}")
    String moderate(@PathVariable long id, @PathVariable long verbatimId, @RequestParam(defaultValue = "") String act,
            @RequestParam(required = false) Long into, RedirectAttributes redirect) {
        NouageUser user = CurrentUser.require();
        wall.moderated(id, user);
        switch (act) {
            case "hide" -> wall.hide(id, verbatimId, true, user);
            case "show" -> wall.hide(id, verbatimId, false, user);
            case "highlight" -> wall.highlight(id, verbatimId, true, user);
            case "unhighlight" -> wall.highlight(id, verbatimId, false, user);
            case "merge" -> wall.merge(id, verbatimId, into == null ? -1 : into, user);
            default -> throw new fr.nouage.accompaniment.AccompanimentException(
                    fr.nouage.platform.RefusedOperation.Reason.INVALID, "accompaniment.error.act");
        }
        redirect.addFlashAttribute("notice", "accompaniment.moderation.done");
        return "redirect:/seminaires/" + id + "/moderation#v" + verbatimId;
    }
}
