package fr.nouage.meeting.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.nouage.account.CurrentUser;
import fr.nouage.account.NouageUser;
import fr.nouage.meeting.AgendaDocument;
import fr.nouage.meeting.AgendaDocuments;
import fr.nouage.meeting.AgendaItem;
import fr.nouage.meeting.Meeting;
import fr.nouage.meeting.MeetingAccess;
import fr.nouage.meeting.MeetingException;
import fr.nouage.platform.RefusedOperation.Reason;
import fr.nouage.meeting.Meetings;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;

/**
 * The page of an agenda item with its documents: the list, the upload form and the downloads.
 * The security chain already restricts these paths to the users of the territory.
 */
@Controller
class AgendaDocumentController {

    private static final String ITEM = "/territoires/{siren}/reunions/{id}/points/{itemId}";

    private final Meetings meetings;
    private final AgendaDocuments documents;
    private final Territories territories;

    AgendaDocumentController(Meetings meetings, AgendaDocuments documents, Territories territories) {
        this.meetings = meetings;
        this.documents = documents;
        this.territories = territories;
    }

    private record Context(Meeting meeting, AgendaItem item) {
    }

    @GetMapping(ITEM)
    String item(@PathVariable String siren, @PathVariable long id, @PathVariable long itemId,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        Context context = context(siren, id, itemId);
        fill(model, context, null, null);
        return htmx != null ? "meeting/documents/list" : "meeting/documents/item";
    }

    @PostMapping(ITEM + "/documents")
    String upload(@PathVariable String siren, @PathVariable long id, @PathVariable long itemId,
            @RequestParam(name = "fichier", required = false) MultipartFile file,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
            RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        Context context = context(siren, id, itemId);
        NouageUser user = CurrentUser.require();
        if (!MeetingAccess.mayOrganise(user, siren)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        try {
            AgendaDocuments.checkSize(file == null ? 0 : file.getSize());
            AgendaDocument added = documents.add(id, itemId, file.getOriginalFilename(), file.getBytes(), user);
            String notice = added.late() ? "document.addedLate" : "document.added";
            if (htmx != null) {
                fill(model, context, notice, null);
                return "meeting/documents/list";
            }
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/territoires/" + siren + "/reunions/" + id + "/points/" + itemId;
        } catch (MeetingException e) {
            if (e.reason() != Reason.INVALID) {
                throw new ResponseStatusException(e.reason() == Reason.FORBIDDEN ? HttpStatus.FORBIDDEN : HttpStatus.NOT_FOUND);
            }
            // HTMX swaps only successful answers: the fragment carries the message instead
            if (htmx == null) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
            }
            fill(model, context, null, e);
            return htmx != null ? "meeting/documents/list" : "meeting/documents/item";
        }
    }

    @GetMapping(ITEM + "/documents/{documentId}")
    ResponseEntity<byte[]> download(@PathVariable String siren, @PathVariable long id, @PathVariable long itemId,
            @PathVariable long documentId) {
        context(siren, id, itemId);
        AgendaDocument document = documents.find(documentId).filter(d -> d.itemId() == itemId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        byte[] content = documents.content(documentId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(content);
    }

    private Context context(String siren, long meetingId, long itemId) {
        Meeting meeting = meetings.find(meetingId).filter(m -> m.territorySiren().equals(siren))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        AgendaItem item = meetings.item(itemId).filter(i -> i.meetingId() == meetingId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return new Context(meeting, item);
    }

    private void fill(Model model, Context context, String notice, MeetingException error) {
        AgendaItem item = context.item();
        List<AgendaDocument> list = documents.ofItem(item.id());
        model.addAttribute("meeting", context.meeting());
        model.addAttribute("item", item);
        model.addAttribute("proposedBy", item.proposedBySiren() == null ? null
                : territories.collectivity(item.proposedBySiren()).map(Collectivity::name).orElse(null));
        model.addAttribute("documents", list);
        model.addAttribute("mayUpload", CurrentUser.get()
                .map(u -> MeetingAccess.mayOrganise(u, context.meeting().territorySiren())).orElse(false));
        model.addAttribute("notice", notice);
        model.addAttribute("error", error == null ? null : error.messageKey());
        model.addAttribute("errorArgs", error == null ? new Object[0] : error.arguments());
    }
}
