package fr.nouage.audit.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import fr.nouage.account.CurrentUser;
import fr.nouage.account.NouageUser;
import fr.nouage.audit.AuditAccess;
import fr.nouage.audit.AuditEntry;
import fr.nouage.audit.AuditLog;
import fr.nouage.audit.AuditPage;
import fr.nouage.audit.AuditQuery;
import fr.nouage.platform.ApiErrors;
import fr.nouage.territory.Territories;
import fr.nouage.platform.ApiAccess;
import fr.nouage.platform.ApiAccess.Who;

/** A territory's audit log in JSON, for the coordinator and the admin. */
@RestController
class AuditApiController {

    private final AuditLog log;
    private final Territories territories;
    private final MessageSource messages;
    private final ApiErrors errors;

    AuditApiController(AuditLog log, Territories territories, MessageSource messages, ApiErrors errors) {
        this.log = log;
        this.territories = territories;
        this.messages = messages;
        this.errors = errors;
    }

    record ActorJson(Long accountId, String name) {
    }

    record SubjectJson(String type, String id) {
    }

    record EntryJson(long id, Instant occurredAt, ActorJson actor, String kind, String kindLabel, SubjectJson subject,
            String summary) {
    }

    @ApiAccess(Who.COORDINATION)
    @GetMapping("/api/v1/territories/{siren}/audit")
    Map<String, Object> audit(@PathVariable String siren, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) Integer page) {
        NouageUser user = CurrentUser.require();
        if (!AuditAccess.mayRead(user, siren)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "api.error.forbidden");
        }
        if (!territories.exists(siren)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "api.error.territoryUnknown");
        }
        AuditPage found = log.read(JournalFilter.of(kind, from, to, null, page).query(siren), user);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("territory", siren);
        json.put("page", found.query().page());
        json.put("pageSize", AuditQuery.PAGE_SIZE);
        json.put("hasOlder", found.hasOlder());
        json.put("entries", found.entries().stream().map(this::json).toList());
        return json;
    }

    private EntryJson json(AuditEntry e) {
        return new EntryJson(e.id(), e.occurredAt(), new ActorJson(e.actorAccountId(), e.actorName()), e.kind().name(),
                messages.getMessage(e.kind().messageKey(), null, e.kind().name(), LocaleContextHolder.getLocale()),
                new SubjectJson(e.subjectType().name(), e.subjectId()), e.summary());
    }

    @ExceptionHandler(JournalFilter.Invalid.class)
    ResponseEntity<org.springframework.http.ProblemDetail> invalid(JournalFilter.Invalid e) {
        return errors.body(400, "bad_request", e.messageKey());
    }
}
