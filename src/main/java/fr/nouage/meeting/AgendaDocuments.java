package fr.nouage.meeting;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import fr.nouage.account.NouageUser;
import fr.nouage.platform.RefusedOperation.Reason;
import fr.nouage.meeting.internal.AgendaRepository;
import fr.nouage.meeting.internal.DocumentFormats;
import fr.nouage.meeting.internal.DocumentRepository;
import fr.nouage.meeting.internal.FileNames;
import fr.nouage.meeting.internal.MeetingRepository;

/** Documents attached to agenda items: checked on their content, stored, read back. */
@Service
public class AgendaDocuments {

    /** Largest document accepted: 20 MB. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    static final int MAX_MEGABYTES = 20;

    private final DocumentRepository documents;
    private final MeetingRepository meetings;
    private final AgendaRepository agenda;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    AgendaDocuments(DocumentRepository documents, MeetingRepository meetings, AgendaRepository agenda,
            ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
        this.documents = documents;
        this.meetings = meetings;
        this.agenda = agenda;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Attaches a document to an item of a meeting. Its format is recognised from its content (PDF,
     * ODT, ODS, DOCX, XLSX, PNG, JPEG), its name made safe, and a document added once the agenda froze
     * is marked late and announced ({@link LateDocumentAdded}). The same file sent twice to the same
     * item gives the document already stored.
     *
     * @throws MeetingException NOT_FOUND for an item outside the meeting; FORBIDDEN for a user who may
     *                          not organise the territory's meetings; INVALID for an empty file, a file
     *                          over {@link #MAX_BYTES} or a format that is not accepted
     */
    public AgendaDocument add(long meetingId, long itemId, String fileName, byte[] content, NouageUser user) {
        Meeting meeting = meetings.find(meetingId)
                .orElseThrow(() -> new MeetingException(Reason.NOT_FOUND, "meeting.error.unknown"));
        agenda.find(itemId).filter(i -> i.meetingId() == meetingId)
                .orElseThrow(() -> new MeetingException(Reason.NOT_FOUND, "document.error.item"));
        if (!MeetingAccess.mayOrganise(user, meeting.territorySiren())) {
            throw new MeetingException(Reason.FORBIDDEN, "meeting.error.forbidden");
        }
        checkSize(content.length);
        DocumentFormat format = DocumentFormats.detect(content)
                .orElseThrow(() -> new MeetingException(Reason.INVALID, "document.error.format"));
        String sha256 = sha256(content);
        Optional<AgendaDocument> existing = documents.findByHash(itemId, sha256);
        if (existing.isPresent()) {
            return existing.get();
        }
        Instant now = clock.instant();
        boolean late = meeting.agendaFrozen(now);
        var document = new DocumentRepository.NewDocument(itemId, FileNames.sanitise(fileName, format),
                format.contentType(), content, sha256, user.displayName(), late);
        try {
            long id = transaction.execute(status -> {
                long inserted = documents.insert(document, now);
                if (late) {
                    events.publishEvent(new LateDocumentAdded(meetingId, itemId, inserted, meeting.territorySiren(),
                            user.accountId()));
                }
                return inserted;
            });
            return documents.find(id).orElseThrow();
        } catch (DuplicateKeyException e) {
            // the same file sent twice at once: one document
            return documents.findByHash(itemId, sha256).orElseThrow(() -> e);
        }
    }

    /**
     * Refuses a size before the content is even read.
     *
     * @throws MeetingException INVALID for an empty file or one over {@link #MAX_BYTES}
     */
    public static void checkSize(long size) {
        if (size <= 0) {
            throw new MeetingException(Reason.INVALID, "document.error.empty");
        }
        if (size > MAX_BYTES) {
            throw new MeetingException(Reason.INVALID, "document.error.tooLarge", MAX_MEGABYTES);
        }
    }

    /** A file checked as an agenda document would be: its safe name, its format's content type, its hash. */
    public record CheckedFile(String fileName, String contentType, String sha256) {
    }

    /**
     * Checks a file uploaded elsewhere (a project's documents) under the same rules as agenda documents.
     *
     * @throws MeetingException INVALID for an empty file, one over {@link #MAX_BYTES} or a format that is
     *                          not accepted
     */
    public static CheckedFile check(String fileName, byte[] content) {
        checkSize(content.length);
        DocumentFormat format = DocumentFormats.detect(content)
                .orElseThrow(() -> new MeetingException(Reason.INVALID, "document.error.format"));
        return new CheckedFile(FileNames.sanitise(fileName, format), format.contentType(), sha256(content));
    }

    public Optional<AgendaDocument> find(long documentId) {
        return documents.find(documentId);
    }

    /** The documents of an item, oldest first. */
    public List<AgendaDocument> ofItem(long itemId) {
        return documents.ofItem(itemId);
    }

    /** Every document of a meeting's agenda, in the order of the items. */
    public List<AgendaDocument> ofMeeting(long meetingId) {
        return documents.ofMeeting(meetingId);
    }

    /** The bytes of a document. */
    public Optional<byte[]> content(long documentId) {
        return documents.content(documentId);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
