package fr.nouage.charter.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import fr.nouage.charter.CharterException;
import fr.nouage.charter.GovernancePact;
import fr.nouage.charter.GovernancePacts;
import fr.nouage.charter.PactOpinion;
import fr.nouage.platform.RefusedOperation.Reason;
import fr.nouage.platform.ApiAccess;
import fr.nouage.platform.ApiAccess.Who;

/** The territory's pacte de gouvernance and the municipal councils' opinions on it, in JSON. */
@RestController
class PactApiController {

    private final GovernancePacts pacts;

    PactApiController(GovernancePacts pacts) {
        this.pacts = pacts;
    }

    record OpinionJson(String communeSiren, PactOpinion.Kind opinion, LocalDate givenOn, String reference) {
    }

    /** The pact's timeline (CGCT L5211-11-2); {@code hasText} tells whether the adopted text is attached. */
    record PactJson(long id, LocalDate renewalDate, LocalDate debateDate, Boolean drawUp, LocalDate draftSentOn,
            LocalDate opinionsDeadline, LocalDate adoptedOn, LocalDate adoptionDeadline, String deliberationRef,
            boolean hasText, String textFileName, Instant textUploadedAt, List<OpinionJson> opinions) {
    }

    /** The latest pact of the territory; 404 while none was started. */
    @ApiAccess(Who.TERRITORY)
    @GetMapping("/api/v1/territories/{siren}/pact")
    PactJson pact(@PathVariable String siren) {
        GovernancePact p = pacts.latest(siren)
                .orElseThrow(() -> new CharterException(Reason.NOT_FOUND, "pact.error.unknown"));
        List<OpinionJson> opinions = pacts.opinions(p).values().stream()
                .map(o -> new OpinionJson(o.communeSiren(), o.opinion(), o.givenOn(), o.reference())).toList();
        return new PactJson(p.id(), p.renewalDate(), p.debateDate(), p.drawUp(), p.draftSentOn(), p.opinionsDeadline(),
                p.adoptedOn(), p.adoptionDeadline(), p.deliberationRef(), p.hasText(), p.textFileName(),
                p.textUploadedAt(), opinions);
    }
}
