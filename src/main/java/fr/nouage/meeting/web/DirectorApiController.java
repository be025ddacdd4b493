package fr.nouage.meeting.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.nouage.account.CurrentUser;
import fr.nouage.account.NouageUser;
import fr.nouage.meeting.ActionItem;
import fr.nouage.meeting.ActionStatus;
import fr.nouage.meeting.Actions;
import fr.nouage.meeting.AgendaDocuments;
import fr.nouage.meeting.AgendaItem;
import fr.nouage.meeting.Convocation;
import fr.nouage.meeting.Convocations;
import fr.nouage.meeting.MeetingException;
import fr.nouage.meeting.Meetings;
import fr.nouage.meeting.web.MeetingReadApiController.ActionJson;
import fr.nouage.meeting.web.MeetingReadApiController.DocumentJson;
import fr.nouage.platform.IfMatch;
import fr.nouage.platform.RefusedOperation.Reason;
import fr.nouage.platform.ApiAccess;
import fr.nouage.platform.ApiAccess.Who;

/**
 * What a director does daily besides the agenda and the minutes, through the API: attach a document
 * to an item, acknowledge their convocation, record an action and change where it stands.
 */
@RestController
class DirectorApiController {

    private final Meetings meetings;
    private final AgendaDocuments documents;
    private final Convocations convocations;
    private final Actions actions;

    DirectorApiController(Meetings meetings, AgendaDocuments documents, Convocations convocations, Actions actions) {
        this.meetings = meetings;
        this.documents = documents;
        this.convocations = convocations;
        this.actions = actions;
    }

    /**
     * Attaches the request's body (the file itself, any content type; its format is recognised from
     * its content) to an item, as the item's page does, up to {@link AgendaDocuments#MAX_BYTES}; the
     * same file sent twice is stored once.
     */
    @ApiAccess(Who.ORGANISERS)
    @PostMapping("/api/v1/items/{id}/documents")
    ResponseEntity<DocumentJson> upload(@PathVariable long id, @RequestParam(required = false) String fileName,
            @RequestHeader(name = "Content-Length", required = false) Long length, InputStream body)
            throws IOException {
        AgendaItem item = item(id);
        NouageUser user = MeetingApiController.readable(meetings, item.meetingId());
        if (length != null) {
            AgendaDocuments.checkSize(length);
        }
        byte[] content = body.readNBytes((int) AgendaDocuments.MAX_BYTES + 1);
        AgendaDocuments.checkSize(content.length);
        DocumentJson saved = DocumentJson.of(documents.add(item.meetingId(), id, fileName == null ? "document" : fileName, content, user));
        return ResponseEntity.created(URI.create(saved.href())).body(saved);
    }

    record AcknowledgementJson(long meetingId, Instant sentAt, Instant acknowledgedAt) {
    }

    /** The caller acknowledges receiving their convocation to a meeting; again changes nothing. */
    @ApiAccess(Who.TERRITORY)
    @PostMapping("/api/v1/meetings/{id}/convocation/acknowledgement")
    AcknowledgementJson acknowledge(@PathVariable long id) {
        NouageUser user = MeetingApiController.readable(meetings, id);
        Convocation convocation = convocations.acknowledge(id, user.accountId())
                .orElseThrow(() -> new MeetingException(Reason.NOT_FOUND, "convocation.error.none"));
        return new AcknowledgementJson(id, convocation.sentAt(), convocation.acknowledgedAt());
    }

    record ActionRequest(String title, String ownerSiren, LocalDate dueOn) {
    }

    /** Records an action decided on an item, carried by a collectivité of the territory. */
    @ApiAccess(Who.ORGANISERS)
    @PostMapping("/api/v1/items/{id}/actions")
    ResponseEntity<ActionJson> addAction(@PathVariable long id, @RequestBody ActionRequest request) {
        AgendaItem item = item(id);
        NouageUser user = MeetingApiController.readable(meetings, item.meetingId());
        ActionItem added = actions.add(id, new Actions.NewAction(request.title(), request.ownerSiren(),
                request.dueOn()), user);
        return ResponseEntity.status(HttpStatus.CREATED).eTag(IfMatch.etag(added.version())).body(ActionJson.of(added));
    }

    record StatusRequest(ActionStatus status, Integer version) {
    }

    /** Changes where an action stands ({@code DONE} closes it), with its version in {@code If-Match}. */
    @ApiAccess(Who.ORGANISERS)
    @PutMapping("/api/v1/territories/{siren}/actions/{actionId}/status")
    ResponseEntity<ActionJson> status(@PathVariable String siren, @PathVariable long actionId,
            @RequestBody StatusRequest request, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        NouageUser user = CurrentUser.require();
        actions.find(siren, actionId)
                .orElseThrow(() -> new MeetingException(Reason.NOT_FOUND, "actions.error.unknown"));
        int version = IfMatch.version(ifMatch, request.version());
        try {
            ActionItem saved = actions.updateStatus(siren, actionId, request.status(), version, user);
            return ResponseEntity.ok().eTag(IfMatch.etag(saved.version())).body(ActionJson.of(saved));
        } catch (MeetingException e) {
            if (e.reason() == Reason.CONFLICT && ifMatch != null && !ifMatch.isBlank()) {
                throw IfMatch.failed();
            }
            throw e;
        }
    }

    private AgendaItem item(long id) {
        AgendaItem item = meetings.item(id)
                .orElseThrow(() -> new MeetingException(Reason.NOT_FOUND, "minutes.error.unknownItem"));
        try {
            MeetingApiController.readable(meetings, item.meetingId());
        } catch (MeetingException e) {
            throw new MeetingException(Reason.NOT_FOUND, "minutes.error.unknownItem");
        }
        return item;
    }
}
