package fr.nouage.accompaniment.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import fr.nouage.accompaniment.Seminar;
import fr.nouage.accompaniment.Seminars;
import fr.nouage.accompaniment.Verbatim;
import fr.nouage.accompaniment.VerbatimCategory;
import fr.nouage.accompaniment.VerbatimWall;
import fr.nouage.accompaniment.Wall;
import fr.nouage.account.CurrentUser;

/** Seminars and their verbatim wall in JSON. */
@RestController
class SeminarApiController {

    private final Seminars seminars;
    private final VerbatimWall wall;

    SeminarApiController(Seminars seminars, VerbatimWall wall) {
        this.seminars = seminars;
        this.wall = wall;
    }

    record SeminarRequest(String title, LocalDate on, String place, List<String> territories) {
    }

    record SeminarJson(long id, String code, String title, LocalDate on, String place, List<String> territories) {
        static SeminarJson of(Seminar s) {
            return new SeminarJson(s.id(), s.code(), s.title(), s.heldOn(), s.place(), s.territories());
        }
    }

    @PostMapping("/api/v1/seminars")
    ResponseEntity<SeminarJson> create(@RequestBody SeminarRequest request) {
        Seminar seminar = seminars.create(new Seminars.NewSeminar(request.title(), request.on(), request.place(),
                request.territories()), CurrentUser.require());
        return ResponseEntity.status(HttpStatus.CREATED).body(SeminarJson.of(seminar));
    }

    record VerbatimRequest(String category, String text) {
    }

    record VerbatimJson(long id, String text, int votes) {
        static VerbatimJson of(Verbatim v) {
            return new VerbatimJson(v.id(), v.text(), v.votes());
        }
    }

    record PostedJson(long id, VerbatimCategory category, String text, int votes, boolean hidden) {
        static PostedJson of(Verbatim v) {
            return new PostedJson(v.id(), v.category(), v.text(), v.votes(), v.hidden());
        }
    }

    @PostMapping("/api/v1/seminars/{id}/verbatims")
    ResponseEntity<PostedJson> post(@PathVariable long id, @RequestBody(required = false) VerbatimRequest request) {
        var user = CurrentUser.require();
        seminars.forParticipant(id, user);
        VerbatimRequest r = request == null ? new VerbatimRequest(null, null) : request;
        Verbatim v = wall.post(id, VerbatimCategory.parse(r.category()), r.text(), user);
        return ResponseEntity.status(HttpStatus.CREATED).body(PostedJson.of(v));
    }

    @GetMapping("/api/v1/seminars/{id}/wall")
    Map<VerbatimCategory, List<VerbatimJson>> wall(@PathVariable long id) {
        Wall shown = wall.wall(id, CurrentUser.require());
        Map<VerbatimCategory, List<VerbatimJson>> json = new LinkedHashMap<>();
        shown.byCategory().forEach((c, list) -> json.put(c, list.stream().map(VerbatimJson::of).toList()));
        return json;
    }

    @PostMapping("/api/v1/seminars/{id}/verbatims/{verbatimId}/hide")
    PostedJson hide(@PathVariable long id, @PathVariable long verbatimId) {
        return PostedJson.of(wall.hide(id, verbatimId, true, CurrentUser.require()));
    }
}
