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

import fr.nouage.platform.ApiAccess;
import fr.nouage.platform.ApiAccess.Who;
import fr.nouage.accompaniment.Commitment;
import fr.nouage.accompaniment.Commitments;
import fr.nouage.accompaniment.Delegate;
import fr.nouage.accompaniment.Delegations;
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
    private final Delegations delegations;
    private final Commitments commitments;

    SeminarApiController(Seminars seminars, VerbatimWall wall, Delegations delegations, Commitments commitments) {
        this.seminars = seminars;
        this.wall = wall;
        this.delegations = delegations;
        this.commitments = commitments;
    }

    record SeminarRequest(String title, LocalDate on, String place, List<String> territories,
            LocalDate registrationsCloseOn) {
    }

    record SeminarJson(long id, String code, String title, LocalDate on, String place, List<String> territories) {
        static SeminarJson of(Seminar s) {
            return new SeminarJson(s.id(), s.code(), s.title(), s.heldOn(), s.place(), s.territories());
        }
    }

    @ApiAccess(Who.COORDINATION)
    @PostMapping("/api/v1/seminars")
    ResponseEntity<SeminarJson> create(@RequestBody SeminarRequest request) {
        Seminar seminar = seminars.create(new Seminars.NewSeminar(request.title(), request.on(), request.place(),
                request.territories(), request.registrationsCloseOn()), CurrentUser.require());
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

    @ApiAccess(Who.TERRITORY)
    @PostMapping("/api/v1/seminars/{id}/verbatims")
    ResponseEntity<PostedJson> post(@PathVariable long id, @RequestBody(required = false) VerbatimRequest request) {
        var user = CurrentUser.require();
        seminars.forParticipant(id, user);
        VerbatimRequest r = request == null ? new VerbatimRequest(null, null) : request;
        Verbatim v = wall.post(id, VerbatimCategory.parse(r.category()), r.text(), user);
        return ResponseEntity.status(HttpStatus.CREATED).body(PostedJson.of(v));
    }

    @ApiAccess(Who.TERRITORY)
    @GetMapping("/api/v1/seminars/{id}/wall")
    Map<VerbatimCategory, List<VerbatimJson>> wall(@PathVariable long id) {
        Wall shown = wall.wall(id, CurrentUser.require());
        Map<VerbatimCategory, List<VerbatimJson>> json = new LinkedHashMap<>();
        shown.byCategory().forEach((c, list) -> json.put(c, list.stream().map(VerbatimJson::of).toList()));
        return json;
    }

    @ApiAccess(Who.FACILITATION)
    @PostMapping("/api/v1/seminars/{id}/verbatims/{verbatimId}/hide")
    PostedJson hide(@PathVariable long id, @PathVariable long verbatimId) {
        return PostedJson.of(wall.hide(id, verbatimId, true, CurrentUser.require()));
    }

    record DelegateJson(String collectivity, String name, String job) {
        static DelegateJson of(Delegate d) {
            return new DelegateJson(d.collectivitySiren(), d.name(), d.job());
        }
    }

    record DelegationRequest(List<DelegateJson> delegates) {
    }

    @ApiAccess(Who.ORGANISERS)
    @PostMapping("/api/v1/seminars/{id}/delegations/{siren}")
    ResponseEntity<List<DelegateJson>> register(@PathVariable long id, @PathVariable String siren,
            @RequestBody(required = false) DelegationRequest request) {
        List<Delegations.NewDelegate> people = request == null || request.delegates() == null ? List.of()
                : request.delegates().stream().map(d -> new Delegations.NewDelegate(d.collectivity(), d.name(), d.job()))
                        .toList();
        return ResponseEntity.status(HttpStatus.CREATED).body(delegations.register(id, siren, people,
                CurrentUser.require()).stream().map(DelegateJson::of).toList());
    }

    @ApiAccess(Who.TERRITORY)
    @GetMapping("/api/v1/seminars/{id}/participants")
    Map<String, List<DelegateJson>> participants(@PathVariable long id) {
        seminars.forParticipant(id, CurrentUser.require());
        Map<String, List<DelegateJson>> json = new LinkedHashMap<>();
        delegations.participants(id).forEach((siren, list) -> json.put(siren, list.stream().map(DelegateJson::of).toList()));
        return json;
    }

    record CommitmentRequest(String what, LocalDate dueOn, String owner) {
    }

    record CommitmentJson(long id, String territory, String what, LocalDate dueOn, String owner, Long actionId) {
        static CommitmentJson of(Commitment c) {
            return new CommitmentJson(c.id(), c.territorySiren(), c.what(), c.dueOn(), c.ownerSiren(), c.actionId());
        }
    }

    @ApiAccess(Who.ORGANISERS)
    @PostMapping("/api/v1/seminars/{id}/commitments/{siren}")
    ResponseEntity<CommitmentJson> commit(@PathVariable long id, @PathVariable String siren,
            @RequestBody(required = false) CommitmentRequest request) {
        CommitmentRequest r = request == null ? new CommitmentRequest(null, null, null) : request;
        return ResponseEntity.status(HttpStatus.CREATED).body(CommitmentJson.of(commitments.write(id, siren,
                new Commitments.NewCommitment(r.what(), r.dueOn(), r.owner()), CurrentUser.require())));
    }

    @ApiAccess(Who.TERRITORY)
    @GetMapping("/api/v1/seminars/{id}/commitments")
    List<CommitmentJson> commitments(@PathVariable long id) {
        seminars.forParticipant(id, CurrentUser.require());
        return commitments.ofSeminar(id).stream().map(CommitmentJson::of).toList();
    }
}
