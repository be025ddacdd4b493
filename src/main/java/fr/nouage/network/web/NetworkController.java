package fr.nouage.network.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.nouage.meeting.Bodies;
import fr.nouage.meeting.Meetings;
import fr.nouage.network.Network;
import fr.nouage.network.NetworkAccess;
import fr.nouage.network.NetworkDocument;
import fr.nouage.network.NetworkKind;
import fr.nouage.network.Networks;
import fr.nouage.network.Referents;

/** The networks of a territory: their list, creation, and each network's page. */
@Controller
class NetworkController {

    private final NetworkPages pages;
    private final Networks networks;
    private final Referents referents;
    private final Bodies bodies;
    private final Meetings meetings;

    NetworkController(NetworkPages pages, Networks networks, Referents referents, Bodies bodies, Meetings meetings) {
        this.pages = pages;
        this.networks = networks;
        this.referents = referents;
        this.bodies = bodies;
        this.meetings = meetings;
    }

    @GetMapping("/territoires/{siren}/reseaux")
    String list(@PathVariable String siren, Model model) {
        model.addAttribute("territory", pages.territory(siren));
        model.addAttribute("coverage", referents.coverage(siren));
        model.addAttribute("mayCreate", NetworkAccess.mayCreate(pages.user(), siren));
        return "network/networks";
    }

    @PostMapping("/territoires/{siren}/reseaux")
    String create(@PathVariable String siren, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String purpose,
            @RequestParam(defaultValue = "") String facilitator, @RequestParam(defaultValue = "false") boolean preExisting,
            @RequestParam(defaultValue = "") String startedOn, @RequestParam(defaultValue = "") String channelUrl,
            RedirectAttributes redirect) {
        long[] created = {0};
        String back = pages.act("/territoires/" + siren + "/reseaux", redirect, "network.created", () -> created[0] =
                networks.create(siren, new Networks.NewNetwork(name, NetworkPages.parse(NetworkKind.class, kind), purpose,
                        facilitator, preExisting, NetworkPages.date(startedOn), channelUrl), pages.user()).id());
        return created[0] == 0 ? back : "redirect:/territoires/" + siren + "/reseaux/" + created[0];
    }

    @GetMapping("/territoires/{siren}/reseaux/{id}")
    String show(@PathVariable String siren, @PathVariable long id, Model model) {
        Network network = pages.network(siren, id);
        var user = pages.user();
        model.addAttribute("territory", pages.territory(siren));
        model.addAttribute("network", network);
        model.addAttribute("collectivities", pages.members(siren));
        model.addAttribute("referents", referents.ofNetwork(id));
        model.addAttribute("body", network.bodyId() == null ? null : bodies.find(siren, network.bodyId()));
        model.addAttribute("meetings", network.bodyId() == null ? List.of() : meetings.ofBody(network.bodyId()));
        model.addAttribute("documents", networks.documents(id));
        model.addAttribute("mayOrganise", NetworkAccess.mayCreate(user, siren));
        model.addAttribute("nameable", pages.members(siren).stream()
                .filter(c -> NetworkAccess.mayNameReferent(user, siren, c.siren())).toList());
        return "network/network";
    }

    @PostMapping("/territoires/{siren}/reseaux/{id}/referents")
    String nameReferent(@PathVariable String siren, @PathVariable long id,
            @RequestParam(defaultValue = "") String collectivite, @RequestParam(defaultValue = "") String email,
            RedirectAttributes redirect) {
        pages.network(siren, id);
        return pages.act("/territoires/" + siren + "/reseaux/" + id, redirect, "network.referentNamed",
                () -> referents.name(id, collectivite, email, pages.user()));
    }

    @PostMapping("/territoires/{siren}/reseaux/{id}/documents")
    String upload(@PathVariable String siren, @PathVariable long id,
            @RequestParam(name = "fichier", required = false) MultipartFile file, RedirectAttributes redirect) {
        pages.network(siren, id);
        return pages.act("/territoires/" + siren + "/reseaux/" + id, redirect, "network.documentAdded", () -> {
            try {
                networks.addDocument(id, file == null ? "" : file.getOriginalFilename(),
                        file == null ? new byte[0] : file.getBytes(), pages.user());
            } catch (IOException e) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
            }
        });
    }

    @GetMapping("/territoires/{siren}/reseaux/{id}/documents/{documentId}")
    ResponseEntity<byte[]> document(@PathVariable String siren, @PathVariable long id, @PathVariable long documentId) {
        pages.network(siren, id);
        NetworkDocument document = networks.document(id, documentId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        byte[] content = networks.content(id, documentId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(document.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff").body(content);
    }

    @GetMapping("/territoires/{siren}/reseaux/couverture")
    String coverage(@PathVariable String siren, Model model) {
        model.addAttribute("territory", pages.territory(siren));
        model.addAttribute("coverage", referents.coverage(siren));
        return "network/coverage";
    }
}
