package fr.nouage.notification.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import fr.nouage.account.Account;
import fr.nouage.meeting.AgendaDocument;
import fr.nouage.meeting.AgendaDocuments;
import fr.nouage.meeting.AgendaItem;
import fr.nouage.meeting.Meeting;
import fr.nouage.meeting.Meetings;
import fr.nouage.notification.internal.Mailer.Attachment;
import fr.nouage.notification.internal.Mailer.Mail;
import fr.nouage.meeting.Bodies;
import fr.nouage.meeting.Body;
import fr.nouage.meeting.BodyKind;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;
import fr.nouage.territory.Territory;

/**
 * Writes the convocation of a meeting: date and place in French, the agenda with kinds and
 * sensitive marks, the documents (joined up to a total size, linked beyond), the {@code .ics}
 * invitation and the acknowledgement link.
 */
@Component
class ConvocationLetter {

    private static final String INDENT = "    ";

    private final Meetings meetings;
    private final AgendaDocuments documents;
    private final Territories territories;
    private final NotificationProperties properties;
    private final Texts texts;
    private final Bodies bodies;

    ConvocationLetter(Meetings meetings, AgendaDocuments documents, Territories territories,
            NotificationProperties properties, Texts texts, Bodies bodies) {
        this.bodies = bodies;
        this.meetings = meetings;
        this.documents = documents;
        this.territories = territories;
        this.properties = properties;
        this.texts = texts;
    }

    /** What every member's convocation to a meeting shares, read once for all of them. */
    record Content(Meeting meeting, String territoryName, String bodyName, String location, List<AgendaItem> agenda,
            Map<Long, List<AgendaDocument>> documentsByItem, Set<Long> attachedIds, List<Attachment> attachments) {
    }

    Content read(Meeting meeting) {
        List<AgendaDocument> all = documents.ofMeeting(meeting.id());
        long budget = properties.attachmentsMax().toBytes();
        long total = 0;
        Set<Long> attachedIds = new HashSet<>();
        List<Attachment> attachments = new ArrayList<>();
        for (AgendaDocument d : all) {
            if (total + d.sizeBytes() <= budget) {
                byte[] content = documents.content(d.id()).orElse(null);
                if (content != null) {
                    total += d.sizeBytes();
                    attachedIds.add(d.id());
                    attachments.add(new Attachment(d.fileName(), d.contentType(), content));
                }
            }
        }
        String territoryName = territories.find(meeting.territorySiren()).map(Territory::name)
                .orElse(meeting.territorySiren());
        Body body = bodies.find(meeting.territorySiren(), meeting.bodyId());
        String bodyName = body.kind() == BodyKind.COLLECTIVE ? null : body.name();
        return new Content(meeting, territoryName, bodyName, location(meeting), meetings.agenda(meeting.id()),
                all.stream().collect(Collectors.groupingBy(AgendaDocument::itemId)), attachedIds, attachments);
    }

    Mail write(Content c, Account member, String token) {
        Meeting m = c.meeting();
        String day = texts.day(m.startsAt());
        String meetingPath = "/territoires/" + m.territorySiren() + "/reunions/" + m.id();
        StringBuilder text = new StringBuilder();
        line(text, texts.t("convocation.mail.greeting", member.displayName())).append('\n');
        String bodyName = c.bodyName() == null ? texts.t("body.COLLECTIVE") : c.bodyName();
        line(text, texts.t("convocation.mail.intro", bodyName, c.territoryName())).append('\n');
        line(text, texts.t("convocation.mail.when", day, texts.time(m.startsAt()), texts.time(m.endsAt())));
        line(text, c.location() == null ? texts.t("convocation.mail.placeUnknown")
                : texts.t("convocation.mail.where", c.location()));
        collectivityName(m.facilitatorSiren())
                .ifPresent(name -> line(text, texts.t("convocation.mail.facilitation", name)));
        text.append('\n');
        agenda(text, c);
        text.append('\n');
        line(text, texts.t("convocation.mail.acknowledge"));
        line(text, properties.url("/convocations/" + token)).append('\n');
        line(text, texts.t("convocation.mail.invitation", Invitation.FILE_NAME));
        line(text, texts.t("convocation.mail.meetingPage", properties.url(meetingPath))).append('\n');
        line(text, texts.t("mail.signature"));

        String summary = texts.t("convocation.ics.summary", bodyName, c.territoryName());
        byte[] ics = Invitation.ics(m, summary, c.location(), agendaSummary(c), uidDomain(),
                properties.url(meetingPath), properties.from(), member.email(), member.displayName());
        List<Attachment> attachments = new ArrayList<>();
        attachments.add(new Attachment(Invitation.FILE_NAME, Invitation.CONTENT_TYPE, ics));
        attachments.addAll(c.attachments());
        String subject = c.bodyName() == null ? texts.t("convocation.mail.subject", day, texts.time(m.startsAt()))
                : texts.t("convocation.mail.subject.body", day, texts.time(m.startsAt()), c.bodyName());
        return new Mail(member.email(), subject,
                text.toString(), attachments);
    }

    private void agenda(StringBuilder text, Content c) {
        line(text, texts.t("convocation.mail.agenda"));
        if (c.agenda().isEmpty()) {
            line(text, texts.t("convocation.mail.emptyAgenda"));
        }
        for (AgendaItem item : c.agenda()) {
            line(text, itemLine(item));
            for (AgendaDocument d : c.documentsByItem().getOrDefault(item.id(), List.of())) {
                String late = d.late() ? " " + texts.t("convocation.mail.late") : "";
                line(text, INDENT + (c.attachedIds().contains(d.id())
                        ? texts.t("convocation.mail.documentAttached", d.fileName())
                        : texts.t("convocation.mail.documentLink", d.fileName(), properties.url("/territoires/"
                                + c.meeting().territorySiren() + "/reunions/" + c.meeting().id() + "/points/"
                                + item.id() + "/documents/" + d.id()))) + late);
            }
        }
    }

    private String itemLine(AgendaItem item) {
        StringBuilder line = new StringBuilder(texts.t("convocation.mail.item", item.position(), item.title(),
                texts.t(item.kind().messageKey())));
        if (item.sensitive()) {
            line.append(" — ").append(texts.t("convocation.mail.sensitive"));
        }
        if (item.urgent()) {
            line.append(" — ").append(texts.t("convocation.mail.urgent"));
        }
        return line.toString();
    }

    private String agendaSummary(Content c) {
        return c.agenda().stream().map(this::itemLine).collect(Collectors.joining("\n"));
    }

    private String location(Meeting meeting) {
        if (meeting.place() != null) {
            return meeting.place();
        }
        return collectivityName(meeting.hostSiren()).map(name -> texts.t("convocation.mail.hostedBy", name))
                .orElse(null);
    }

    private java.util.Optional<String> collectivityName(String siren) {
        return siren == null ? java.util.Optional.empty()
                : territories.collectivity(siren).map(Collectivity::name);
    }

    private String uidDomain() {
        String host = URI.create(properties.baseUrl()).getHost();
        return host == null ? "nouage" : host;
    }

    private static StringBuilder line(StringBuilder text, String line) {
        return text.append(line).append('\n');
    }
}
