package fr.nouage.deliberation.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import fr.nouage.account.CurrentUser;
import fr.nouage.account.NouageUser;
import fr.nouage.deliberation.AnonymousRemarks;
import fr.nouage.deliberation.Consultation;
import fr.nouage.deliberation.ConsultationAnswer;
import fr.nouage.deliberation.ConsultationKind;
import fr.nouage.deliberation.ConsultationResult;
import fr.nouage.deliberation.Consultations;
import fr.nouage.deliberation.DeliberationException;
import fr.nouage.deliberation.RemarkBox;
import fr.nouage.deliberation.SpeakersList;
import fr.nouage.deliberation.SpeakingTurns;
import fr.nouage.deliberation.Stance;
import fr.nouage.meeting.Meetings;
import fr.nouage.platform.ApiAccess;
import fr.nouage.platform.ApiAccess.Who;

/** Consultations, speakers and the anonymous remarks box in JSON, with the same rules as the pages. */
@RestController
class ConsultationApiController {

    private final Consultations consultations;
    private final SpeakingTurns turns;
    private final AnonymousRemarks remarks;
    private final Meetings meetings;

    ConsultationApiController(Consultations consultations, SpeakingTurns turns, AnonymousRemarks remarks,
            Meetings meetings) {
        this.consultations = consultations;
        this.turns = turns;
        this.remarks = remarks;
        this.meetings = meetings;
    }

    @ApiAccess(Who.TERRITORY)
    @GetMapping("/api/v1/territories/{siren}/consultations")
    List<Consultation> list(@PathVariable String siren) {
        return consultations.ofTerritory(siren);
    }

    record OpenRequest(ConsultationKind kind, String title, String body, Instant closesAt, List<String> options,
            List<Instant> dates, Integer pointsTotal) {
    }

    @ApiAccess(Who.ORGANISERS)
    @PostMapping("/api/v1/territories/{siren}/consultations")
    ResponseEntity<Consultation> open(@PathVariable String siren, @RequestBody OpenRequest r) {
        Consultation c = consultations.open(siren, new Consultations.NewConsultation(r.kind(), r.title(), r.body(),
                r.closesAt(), r.options() == null ? List.of() : r.options(), r.dates() == null ? List.of() : r.dates(),
                r.pointsTotal(), null), CurrentUser.require());
        return ResponseEntity.status(HttpStatus.CREATED).body(c);
    }

    /** The consultation; its answers and result once closed, or before for the facilitator. */
    @ApiAccess(Who.TERRITORY)
    @GetMapping("/api/v1/territories/{siren}/consultations/{id}")
    Map<String, Object> show(@PathVariable String siren, @PathVariable long id) {
        NouageUser user = CurrentUser.require();
        Consultation c = of(siren, id);
        List<ConsultationAnswer> answers = consultations.answers(id);
        boolean open = c.open(consultations.now());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("consultation", c);
        json.put("open", open);
        json.put("answered", answers.stream().map(ConsultationAnswer::collectivitySiren).toList());
        if (!open || Consultations.seesResultsEarly(user, c.territorySiren())) {
            json.put("answers", answers);
            json.put("result", ConsultationResult.of(c, answers));
        }
        return json;
    }

    record AnswerRequest(String collectivitySiren, Stance stance, String comment, Map<Long, Integer> values) {
    }

    @ApiAccess(Who.ORGANISERS)
    @PostMapping("/api/v1/territories/{siren}/consultations/{id}/answers")
    ResponseEntity<Void> answer(@PathVariable String siren, @PathVariable long id, @RequestBody AnswerRequest r) {
        NouageUser user = CurrentUser.require();
        of(siren, id);
        boolean replaced = consultations.answer(id, r.collectivitySiren(), new Consultations.Answer(r.stance(),
                r.comment(), r.values() == null ? Map.of() : r.values()), user);
        return ResponseEntity.status(replaced ? HttpStatus.OK : HttpStatus.CREATED).build();
    }

    @ApiAccess(Who.ORGANISERS)
    @PostMapping("/api/v1/territories/{siren}/consultations/{id}/close")
    ResponseEntity<Void> close(@PathVariable String siren, @PathVariable long id) {
        NouageUser user = CurrentUser.require();
        of(siren, id);
        consultations.closeNow(id, user);
        return ResponseEntity.noContent().build();
    }

    @ApiAccess(Who.TERRITORY)
    @GetMapping("/api/v1/items/{id}/speakers")
    SpeakersList speakers(@PathVariable long id) {
        NouageUser user = CurrentUser.require();
        var item = meetings.item(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        territoryOf(item.meetingId(), user);
        return turns.list(id);
    }

    /** The box of anonymous remarks as the user may see it: texts only for the facilitator, from the threshold. */
    @ApiAccess(Who.TERRITORY)
    @GetMapping("/api/v1/meetings/{id}/remarks")
    RemarkBox remarks(@PathVariable long id) {
        NouageUser user = CurrentUser.require();
        territoryOf(id, user);
        return remarks.box(id, user);
    }

    /** The consultation of the territory of the path (security checked that the user may read it); 404 otherwise. */
    private Consultation of(String siren, long id) {
        return consultations.find(id).filter(c -> c.territorySiren().equals(siren))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private void territoryOf(long meetingId, NouageUser user) {
        var meeting = meetings.find(meetingId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!user.canRead(meeting.territorySiren())) {
            // another territory's meeting is answered exactly as a missing one
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
