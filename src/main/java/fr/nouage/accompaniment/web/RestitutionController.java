package fr.nouage.accompaniment.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import fr.nouage.accompaniment.Restitution;
import fr.nouage.account.CurrentUser;

/** The restitution document of a seminar, as PDF/A. */
@Controller
class RestitutionController {

    private final Restitution restitution;

    RestitutionController(Restitution restitution) {
        this.restitution = restitution;
    }

    @GetMapping("/seminaires/{id}/restitution.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        byte[] pdf = restitution.pdf(id, CurrentUser.require());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"restitution-seminaire-" + id + ".pdf\"")
                .body(pdf);
    }
}
