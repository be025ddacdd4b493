package fr.nouage.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.nouage.account.NouageUser;
import fr.nouage.account.Role;
import fr.nouage.account.RoleAssignment;
import fr.nouage.charter.Article;
import fr.nouage.charter.CharterAdoptions;
import fr.nouage.charter.CharterAmendments;
import fr.nouage.charter.Charters;
import fr.nouage.charter.GovernancePacts;
import fr.nouage.charter.PactOpinion;
import fr.nouage.deliberation.Consultation;
import fr.nouage.deliberation.ConsultationKind;
import fr.nouage.deliberation.Consultations;
import fr.nouage.meeting.ItemKind;
import fr.nouage.meeting.Meeting;
import fr.nouage.meeting.Meetings;
import fr.nouage.support.NouageIT;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;

/**
 * The audit log records the pacte de gouvernance, the charter amendments proposed, the agenda and
 * the consultations; its summaries are kept as data (a message key and arguments, no sentence) and
 * written in the reader's language when read. On the CA Estérel Côte d'Azur Agglomération, which no
 * other test uses.
 */
abstract class AuditSummaryContract extends NouageIT {

    private static final String TERRITORY = "200035319";

    @Autowired
    Territories territories;
    @Autowired
    GovernancePacts pacts;
    @Autowired
    Meetings meetings;
    @Autowired
    Consultations consultations;
    @Autowired
    Charters charters;
    @Autowired
    CharterAdoptions adoptions;
    @Autowired
    CharterAmendments amendments;
    @Autowired
    AuditLog log;
    @Autowired
    JdbcClient jdbc;

    private static NouageUser director(Collectivity c, int n) {
        return new NouageUser(700_000_000L + n, "audit-" + c.siren() + "@example.org", "Direction " + c.name(),
                List.of(RoleAssignment.director(TERRITORY, c.siren())));
    }

    private static final NouageUser COORDINATOR = new NouageUser(699_999_999L, "coordination@example.org",
            "Coordination", List.of(RoleAssignment.global(Role.COORDINATOR)));

    @Test
    void pactAmendmentsAgendaAndConsultationsAreLoggedAndReadInTheReadersLanguage() {
        if (!territories.exists(TERRITORY)) {
            territories.create(TERRITORY);
        }
        List<Collectivity> members = territories.collectivities(TERRITORY).stream().filter(Collectivity::active).toList();
        Collectivity epci = members.stream().filter(Collectivity::isEpci).findFirst().orElseThrow();
        Collectivity commune = members.stream().filter(c -> !c.isEpci()).findFirst().orElseThrow();
        NouageUser director = director(epci, 0);

        var pact = pacts.start(TERRITORY, LocalDate.of(2026, 3, 15), director);
        pacts.update(TERRITORY, pact.id(), new GovernancePacts.Timeline(LocalDate.of(2026, 4, 1), true,
                LocalDate.of(2026, 4, 20), null, null, pact.lockVersion()), director);
        pacts.recordOpinion(TERRITORY, pact.id(), commune.siren(), PactOpinion.Kind.FAVORABLE, LocalDate.of(2026, 5, 2),
                null, director);

        Meeting meeting = meetings.schedule(TERRITORY, new Meetings.NewMeeting(LocalDateTime.of(2047, 2, 11, 9, 0), null,
                null, null, null, null));
        meetings.propose(meeting.id(), new Meetings.ProposedItem("Schéma de mutualisation", null, ItemKind.DECISION,
                false, null, false), director);

        Consultation consultation = consultations.open(TERRITORY, new Consultations.NewConsultation(
                ConsultationKind.ADVICE, "Charte des achats", "Texte soumis", Instant.now().plus(10, ChronoUnit.DAYS),
                List.of(), List.of(), null, null), director);
        consultations.closeNow(consultation.id(), director);

        var version = charters.start(TERRITORY, true, director);
        adoptions.propose(TERRITORY, version.number(), director);
        for (int i = 0; i < members.size(); i++) {
            adoptions.adopt(TERRITORY, version.number(), members.get(i).siren(), "D-" + i, director(members.get(i), i));
        }
        Article article = charters.articles(charters.inForce(TERRITORY).orElseThrow().id()).get(0);
        amendments.propose(TERRITORY, new CharterAmendments.Proposal(article.key(), article.title() + " revu",
                article.text() + "\n\nAmendé.", "", "Pour essai", meeting.id(), article.lockVersion()), director);

        List<AuditKind> expected = List.of(AuditKind.PACT_STARTED, AuditKind.PACT_TIMELINE_RECORDED,
                AuditKind.PACT_OPINION_RECORDED, AuditKind.AGENDA_ITEM_PROPOSED, AuditKind.CONSULTATION_OPENED,
                AuditKind.CONSULTATION_CLOSED, AuditKind.AMENDMENT_PROPOSED);
        await().atMost(Duration.ofSeconds(30)).until(() -> entries(Locale.FRENCH).keySet().containsAll(expected));

        Map<AuditKind, AuditEntry> french = entries(Locale.FRENCH);
        Map<AuditKind, AuditEntry> english = entries(Locale.ENGLISH);
        assertThat(french.get(AuditKind.PACT_OPINION_RECORDED).summary())
                .isEqualTo("Pacte de gouvernance du renouvellement du 15/03/2026 : avis de " + commune.name()
                        + ", Favorable");
        assertThat(english.get(AuditKind.PACT_OPINION_RECORDED).summary())
                .isEqualTo("Governance pact of the renewal of 15/03/2026: opinion of " + commune.name() + ", Favourable");
        assertThat(french.get(AuditKind.AGENDA_ITEM_PROPOSED).summary())
                .isEqualTo("Réunion du 11/02/2047 09:00 : « Schéma de mutualisation »");
        assertThat(english.get(AuditKind.AGENDA_ITEM_PROPOSED).summary())
                .isEqualTo("Meeting of 11/02/2047 09:00: “Schéma de mutualisation”");
        assertThat(french.get(AuditKind.CONSULTATION_OPENED).summary()).startsWith("« Charte des achats » (Question pour avis)");
        assertThat(english.get(AuditKind.AMENDMENT_PROPOSED).summary()).startsWith("Amendment of the article “")
                .endsWith("Meeting of 11/02/2047 09:00");
        assertThat(french.get(AuditKind.PACT_STARTED).actorName()).isEqualTo(director.displayName());

        List<String> stored = jdbc.sql("select summary || '|' || summary_data from audit_entry where territory_siren = ?")
                .param(TERRITORY).query(String.class).list();
        assertThat(stored).as("no sentence stored, the data instead").allMatch(row -> row.startsWith("|{\"key\":\"audit."));
    }

    /** The earliest entry of each kind, its summary written in that language. */
    private Map<AuditKind, AuditEntry> entries(Locale locale) {
        Locale before = LocaleContextHolder.getLocale();
        LocaleContextHolder.setLocale(locale);
        try {
            return log.read(new AuditQuery(TERRITORY, null, null, null, 1), COORDINATOR).entries().stream()
                    .collect(Collectors.toMap(AuditEntry::kind, Function.identity(), (newer, older) -> older));
        } finally {
            LocaleContextHolder.setLocale(before);
        }
    }
}
