package fr.nouage.accompaniment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.nouage.accompaniment.VerbatimWall.Participant;
import fr.nouage.account.Accounts;
import fr.nouage.account.NouageUser;
import fr.nouage.support.ApiClient;
import fr.nouage.support.IntegrationTest;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;

/**
 * Registrations as territory delegations (only invited territories, until the closing day, only the
 * territory's collectivités) and the restitution document read back from its PDF.
 */
class SeminarDelegationIT extends IntegrationTest {

    @Autowired
    Territories territories;
    @Autowired
    Restitution restitution;
    @Autowired
    Seminars seminars;
    @Autowired
    VerbatimWall wall;
    @Autowired
    Accounts accounts;

    ApiClient as(String email) {
        return api().signIn(email, DEMO_PASSWORD);
    }

    long seminar(String on, String closeOn, String... invited) {
        return as("coordination@demo.nouage.fr").post("/api/v1/seminars", Map.of("title", "Délégations " + on, "on", on,
                "registrationsCloseOn", closeOn, "territories", List.of(invited))).json().get("id").asLong();
    }

    String commune(String territory) {
        return territories.collectivities(territory).stream().filter(c -> !c.isEpci() && c.active()).findFirst()
                .map(Collectivity::siren).orElseThrow();
    }

    @Test
    void directorsRegisterTheirTerritorysDelegationTogetherAndOnlyWhileInvitedAndOpen() {
        long id = seminar("2090-03-18", "2090-03-01", MORTAGNE, ACHARDS);
        String delegation = "/api/v1/seminars/" + id + "/delegations/";
        ApiClient mortagne = as("dg-" + MORTAGNE + "@demo.nouage.fr");
        String commune = commune(MORTAGNE);
        var registered = mortagne.post(delegation + MORTAGNE, Map.of("delegates", List.of(
                Map.of("collectivity", MORTAGNE, "name", "Directrice générale de l'EPCI", "job", "DGS"),
                Map.of("collectivity", commune, "name", "Secrétaire de mairie", "job", "SG"))));
        assertThat(registered.status()).isEqualTo(201);
        var participants = mortagne.get("/api/v1/seminars/" + id + "/participants").json();
        assertThat(participants.get(MORTAGNE)).hasSize(2);

        // another territory's delegation, a territory not invited, a collectivité from elsewhere, nobody
        assertThat(mortagne.post(delegation + ACHARDS, Map.of("delegates", List.of(Map.of("collectivity", ACHARDS,
                "name", "Intrus")))).status()).isEqualTo(403);
        ApiClient erdre = as("dg-" + ERDRE + "@demo.nouage.fr");
        var notInvited = erdre.post(delegation + ERDRE, Map.of("delegates", List.of(Map.of("collectivity", ERDRE,
                "name", "Directeur"))));
        assertThat(notInvited.status()).isEqualTo(403);
        assertThat(notInvited.body()).contains("pas invité");
        assertThat(mortagne.post(delegation + MORTAGNE, Map.of("delegates", List.of(Map.of("collectivity", ERDRE,
                "name", "Ailleurs")))).status()).isEqualTo(400);
        assertThat(mortagne.post(delegation + MORTAGNE, Map.of("delegates", List.of())).status()).isEqualTo(400);
        // nothing stored by the refusals
        assertThat(mortagne.get("/api/v1/seminars/" + id + "/participants").json().get(MORTAGNE)).hasSize(2);
    }

    @Autowired
    fr.nouage.meeting.Meetings meetings;
    @Autowired
    fr.nouage.meeting.Actions actions;

    @Test
    void aDelegationsCommitmentsBecomeActionsOfItsCollectiveAndTheNextSeminarShowsThem() {
        ApiClient director = as("dg-" + ACHARDS + "@demo.nouage.fr");
        director.post("/api/v1/territories/" + ACHARDS + "/meetings", Map.of("startsAt",
                slots().from(ACHARDS, 200).toString()));
        var next = meetings.nextOpen(ACHARDS).orElseThrow();
        String due = next.startsAt().atZone(fr.nouage.platform.DateFormats.PARIS).toLocalDate().plusDays(60).toString();
        long id = seminar("2027-03-18", "2027-03-18", ACHARDS, MORTAGNE);
        var written = director.post("/api/v1/seminars/" + id + "/commitments/" + ACHARDS, Map.of("what",
                "Essayer un « vis ma vie » entre DGS et SG", "dueOn", due, "owner", ACHARDS));
        assertThat(written.status()).isEqualTo(201);
        assertThat(written.json().get("actionId").asLong()).isPositive();
        var account = accounts.findByEmail("dg-" + ACHARDS + "@demo.nouage.fr").orElseThrow();
        NouageUser user = new NouageUser(account.id(), account.email(), account.displayName(), account.roles());
        assertThat(actions.open(ACHARDS, user)).anySatisfy(a -> {
            assertThat(a.title()).isEqualTo("Essayer un « vis ma vie » entre DGS et SG");
            assertThat(a.meetingId()).isEqualTo(next.id());
            assertThat(a.agendaItemTitle()).startsWith("Suites du séminaire");
        });
        // a territory not invited, an owner from elsewhere: refused, nothing written
        assertThat(as("dg-" + ERDRE + "@demo.nouage.fr").post("/api/v1/seminars/" + id + "/commitments/" + ERDRE,
                Map.of("what", "Intrus", "dueOn", due, "owner", ERDRE)).status()).isEqualTo(403);
        assertThat(director.post("/api/v1/seminars/" + id + "/commitments/" + ACHARDS, Map.of("what", "Ailleurs",
                "dueOn", due, "owner", ERDRE)).status()).isEqualTo(400);
        assertThat(director.get("/api/v1/seminars/" + id + "/commitments").json()).hasSize(1);

        // the next seminar opens with them
        long later = seminar("2028-03-16", "2028-03-16", ACHARDS);
        var page = new fr.nouage.support.PageClient(baseUrl()).signIn("dg-" + ACHARDS + "@demo.nouage.fr", DEMO_PASSWORD)
                .get("/seminaires/" + later);
        assertThat(page.text()).contains("Engagements pris lors des séminaires précédents")
                .contains("Essayer un « vis ma vie » entre DGS et SG");
    }

    @Test
    void aRegistrationAfterTheClosingDayIsRefused() {
        long id = seminar("2020-03-18", "2020-03-01", ACHARDS);
        var late = as("dg-" + ACHARDS + "@demo.nouage.fr").post("/api/v1/seminars/" + id + "/delegations/" + ACHARDS,
                Map.of("delegates", List.of(Map.of("collectivity", ACHARDS, "name", "Trop tard"))));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.body()).contains("closes");
    }

    @Test
    void theRestitutionHoldsTheProgrammeTheFlashPresentationsAndTheWall() throws Exception {
        var account = accounts.findByEmail("coordination@demo.nouage.fr").orElseThrow();
        NouageUser coordinator = new NouageUser(account.id(), account.email(), account.displayName(), account.roles());
        Seminar seminar = seminars.create(new Seminars.NewSeminar("Séminaire restitué", java.time.LocalDate.of(2027, 6, 3),
                "Laval", List.of(ERDRE, ANCENIS)), coordinator);
        seminars.addSequence(seminar.id(), new Seminars.NewSequence(LocalTime.of(9, 15), LocalTime.of(10, 45),
                "Conférence en dialogue sur le bloc local", "Un sociologue", null), coordinator);
        wall.postWithCode(seminar.id(), seminar.code(), VerbatimCategory.QUESTION, "Qui anime quand le tiers part ?",
                Participant.pseudonym("Sam"));
        Verbatim hidden = wall.postWithCode(seminar.id(), seminar.code(), VerbatimCategory.OBSTACLE, "Hors sujet masqué",
                Participant.pseudonym("Sam"));
        wall.hide(seminar.id(), hidden.id(), true, coordinator);

        byte[] pdf = restitution.pdf(seminar.id(), coordinator);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Restitution — Séminaire restitué").contains("Conférence en dialogue sur le bloc local")
                    .contains("9 h 15").contains("Erdre").contains("Ancenis").contains("Questionnement")
                    .contains("Qui anime quand le tiers part ?").doesNotContain("Hors sujet masqué");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Restitution — Séminaire restitué");
        }
    }
}
