package fr.nouage.demo;

import static fr.nouage.platform.DateFormats.PARIS;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import fr.nouage.charter.CharterAdoptions;
import fr.nouage.charter.Charters;
import fr.nouage.deliberation.Consultation;
import fr.nouage.deliberation.ConsultationKind;
import fr.nouage.deliberation.Consultations;
import fr.nouage.deliberation.Deliberations;
import fr.nouage.deliberation.Stance;
import fr.nouage.demo.DemoStory.ConsultationText;
import fr.nouage.demo.DemoStory.Topic;
import fr.nouage.meeting.AgendaItem;
import fr.nouage.meeting.ElectedSession;
import fr.nouage.meeting.Meeting;
import fr.nouage.meeting.Meetings;
import fr.nouage.meeting.Sessions;
import fr.nouage.territory.Collectivity;

/**
 * Writes what is under way in a demonstration territory through the modules' facades, as its
 * directors would: the charter of Erdre et Gesvres (then dated back to when it was written and
 * adopted), the meeting to come with its agenda still open and the first positions on it, and the
 * consultation that closes in a few days.
 */
final class PresentWriter {

    /** Months ago the charter of Erdre et Gesvres was proposed; adoptions follow over six weeks. */
    static final int CHARTER_MONTHS_AGO = 17;

    private final DemoStory story;
    private final List<Collectivity> members;
    private final DemoPeople people;
    private final Facades facades;
    private final JdbcClient jdbc;
    private final Clock clock;

    /** The facades the present is written through. */
    record Facades(Meetings meetings, Sessions sessions, Deliberations deliberations, Consultations consultations,
            Charters charters, CharterAdoptions adoptions) {
    }

    PresentWriter(DemoStory story, List<Collectivity> members, DemoPeople people, Facades facades, JdbcClient jdbc,
            Clock clock) {
        this.story = story;
        this.members = members;
        this.people = people;
        this.facades = facades;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private DemoPeople.Person epci() {
        return people.director(members.get(0).siren()).orElseThrow();
    }

    /** Erdre et Gesvres: the model charter written, proposed and adopted by every collectivité. */
    void charter() {
        var user = epci().user();
        facades.charters().start(story.siren(), true, user);
        facades.adoptions().propose(story.siren(), 1, user);
        for (Collectivity c : members) {
            people.director(c.siren()).ifPresent(p -> facades.adoptions().adopt(story.siren(), 1, c.siren(), null,
                    p.user()));
        }
        var now = clock.instant();
        var proposed = now.minus(Duration.ofDays(30L * CHARTER_MONTHS_AGO));
        var inForce = proposed.plus(Duration.ofDays(44));
        jdbc.sql("""
                update charter_version set created_at = ?, proposed_at = ?, in_force_at = ?
                where territory_siren = ? and version_number = 1""")
                .params(Rows.at(proposed.minus(Duration.ofDays(60))), Rows.at(proposed), Rows.at(inForce),
                        story.siren()).update();
        List<Collectivity> order = members;
        for (int i = 0; i < order.size(); i++) {
            jdbc.sql("""
                    update charter_adoption set adopted_at = ? where collectivity_siren = ? and version_id =
                    (select id from charter_version where territory_siren = ? and version_number = 1)""")
                    .params(Rows.at(proposed.plus(Duration.ofDays(3 + 41L * i / Math.max(1, order.size() - 1)))),
                            order.get(i).siren(), story.siren()).update();
        }
        jdbc.sql("update rule_set set effective_from = ?, enacted_at = ? where territory_siren = ? and charter_version = 1")
                .params(java.sql.Date.valueOf(LocalDate.ofInstant(inForce, PARIS)), Rows.at(inForce), story.siren())
                .update();
    }

    /** The meeting before the sitting after next, its agenda still open, and the first positions on it. */
    void meetingToCome(long sittingId) {
        ElectedSession sitting = facades.sessions().find(sittingId).orElseThrow();
        LocalDate day = PastWriter.workingDayBefore(LocalDate.ofInstant(sitting.startsAt(), PARIS)
                .minusDays(PastWriter.DAYS_BEFORE_SITTING));
        var turn = facades.meetings().proposeTurn(story.siren(), day);
        String host = turn.hostSiren() == null ? members.get(0).siren() : turn.hostSiren();
        String facilitator = turn.facilitatorSiren();
        if (story.communesHost()) {
            // the Achards: hosting and facilitation go round the nine communes, never the EPCI
            List<Collectivity> communes = members.subList(1, members.size());
            int held = jdbc.sql("select count(*) from meeting where upstream_session_id is not null and territory_siren = ?")
                    .param(story.siren()).query(Integer.class).single();
            host = communes.get(held % communes.size()).siren();
            facilitator = communes.get((held + 3) % communes.size()).siren();
        }
        final String hostSiren = host;
        Collectivity hosting = members.stream().filter(c -> c.siren().equals(hostSiren)).findFirst().orElse(members.get(0));
        String place = story.texts().text(hosting.isEpci() ? "place.epci" : "place.commune")
                .replace("{0}", hosting.name());
        Meeting meeting = facades.meetings().schedule(story.siren(), new Meetings.NewMeeting(
                LocalDateTime.of(day, LocalTime.of(9, 0)), null, place, host, facilitator, sittingId));
        List<Collectivity> largest = members.stream().skip(1)
                .sorted(Comparator.comparingLong(Collectivity::population).reversed()).limit(3).toList();
        List<Topic> next = story.texts().next();
        for (int i = 0; i < next.size(); i++) {
            Topic topic = next.get(i);
            var proposer = i % 2 == 0 ? epci() : people.director(largest.get(0).siren()).orElse(epci());
            AgendaItem item = facades.meetings().propose(meeting.id(), new Meetings.ProposedItem(topic.title(),
                    topic.description(), topic.kind(), false, null, false), proposer.user());
            if (topic.kind().name().equals("TECHNICAL_OPINION") || topic.kind().name().equals("DECISION")) {
                facades.deliberations().express(item.id(), members.get(0).siren(), Stance.AGREE, null, epci().user());
                for (int j = 0; j < largest.size() - (i % 2); j++) {
                    Collectivity c = largest.get(j);
                    people.director(c.siren()).ifPresent(p -> facades.deliberations().express(item.id(), c.siren(),
                            c == largest.get(1) ? Stance.RESERVATION : Stance.AGREE,
                            c == largest.get(1) ? story.texts().text("argument.reservation") : null, p.user()));
                }
            }
        }
    }

    /** The consultation that closes in three days, answered by some collectivités already. */
    void openConsultation() {
        ConsultationText text = story.texts().openConsultation();
        Consultation consultation = facades.consultations().open(story.siren(), new Consultations.NewConsultation(
                ConsultationKind.valueOf(text.kind()), text.title(), text.body(),
                clock.instant().plus(Duration.ofDays(3)), text.options(), List.of(), null, null), epci().user());
        for (int i = 1; i < members.size(); i += 2) {
            Collectivity c = members.get(i);
            long option = consultation.options().get(i % consultation.options().size()).id();
            people.director(c.siren()).ifPresent(p -> facades.consultations().answer(consultation.id(), c.siren(),
                    new Consultations.Answer(null, null, Map.of(option, 1)), p.user()));
        }
    }
}
