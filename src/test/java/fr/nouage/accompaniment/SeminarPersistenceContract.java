package fr.nouage.accompaniment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.nouage.accompaniment.VerbatimWall.Participant;
import fr.nouage.account.Accounts;
import fr.nouage.account.NouageUser;
import fr.nouage.support.NouageIT;

/**
 * Seminars and their wall kept in the database, the same on H2 and PostgreSQL: the programme and
 * invitations, the moderation states, one vote per voter, the wall version every change raises, the
 * throttling of wrong codes and of floods.
 */
abstract class SeminarPersistenceContract extends NouageIT {

    @Autowired
    Seminars seminars;
    @Autowired
    VerbatimWall wall;
    @Autowired
    Accounts accounts;

    NouageUser user(String email) {
        var a = accounts.findByEmail(email).orElseThrow();
        return new NouageUser(a.id(), a.email(), a.displayName(), a.roles());
    }

    Seminar seminar(String title) {
        return seminars.create(new Seminars.NewSeminar(title, LocalDate.of(2027, 3, 18), "Nantes",
                List.of(MORTAGNE, ERDRE)), user("coordination@demo.nouage.fr"));
    }

    @Test
    void aSeminarKeepsItsProgrammeInvitationsAndCode() {
        NouageUser coordinator = user("coordination@demo.nouage.fr");
        Seminar seminar = seminar("Séminaire gardé");
        seminars.addSequence(seminar.id(), new Seminars.NewSequence(LocalTime.of(14, 0), LocalTime.of(15, 30),
                "Ateliers croisés", "Tiers facilitateur", "Carte mentale"), coordinator);
        seminars.addSequence(seminar.id(), new Seminars.NewSequence(LocalTime.of(9, 15), null, "Conférence", null, null),
                coordinator);
        Seminar read = seminars.require(seminar.id());
        assertThat(read.territories()).containsExactlyInAnyOrder(MORTAGNE, ERDRE);
        assertThat(read.heldOn()).isEqualTo(LocalDate.of(2027, 3, 18));
        assertThat(read.code()).hasSize(Seminars.CODE_LENGTH).isEqualTo(seminar.code());
        assertThat(seminars.programme(seminar.id())).extracting(Sequence::title).containsExactly("Conférence",
                "Ateliers croisés");
        assertThat(seminars.programme(seminar.id()).get(1).endsAt()).isEqualTo(LocalTime.of(15, 30));
        assertThat(seminars.visibleTo(user("dg-" + ERDRE + "@demo.nouage.fr"))).extracting(Seminar::id)
                .contains(seminar.id());
        assertThat(seminars.visibleTo(user("dg-" + ACHARDS + "@demo.nouage.fr"))).extracting(Seminar::id)
                .doesNotContain(seminar.id());
    }

    @Test
    void moderationAndVotesAreKeptAndEveryChangeRaisesTheWallVersion() {
        Seminar seminar = seminar("Mur gardé");
        NouageUser facilitator = user("facilitateur@demo.nouage.fr");
        long v0 = wall.wall(seminar).version();
        Verbatim a = wall.postWithCode(seminar.id(), seminar.code(), VerbatimCategory.OBSTACLE, "Le temps manque",
                Participant.pseudonym("Lou"));
        Verbatim b = wall.postWithCode(seminar.id(), seminar.code(), VerbatimCategory.OBSTACLE, "Manque de temps",
                Participant.pseudonym("Max"));
        Verbatim c = wall.post(seminar.id(), VerbatimCategory.ECHO, "Chez nous aussi",
                user("dg-" + MORTAGNE + "@demo.nouage.fr"));
        long v1 = wall.wall(seminar).version();
        assertThat(v1).isGreaterThan(v0);
        wall.voteWithCode(seminar.id(), seminar.code(), b.id(), Participant.pseudonym("Lou"));
        wall.voteWithCode(seminar.id(), seminar.code(), b.id(), Participant.pseudonym("Lou"));
        wall.voteWithCode(seminar.id(), seminar.code(), a.id(), Participant.pseudonym("Max"));
        wall.merge(seminar.id(), a.id(), b.id(), facilitator);
        wall.highlight(seminar.id(), c.id(), true, facilitator);
        Wall shown = wall.wall(seminar);
        assertThat(shown.version()).isGreaterThan(v1);
        assertThat(shown.of(VerbatimCategory.OBSTACLE)).singleElement().satisfies(v -> {
            assertThat(v.id()).isEqualTo(b.id());
            assertThat(v.votes()).isEqualTo(2);
        });
        assertThat(shown.of(VerbatimCategory.ECHO)).singleElement().satisfies(v -> assertThat(v.highlighted()).isTrue());
        wall.hide(seminar.id(), c.id(), true, facilitator);
        assertThat(wall.wall(seminar).of(VerbatimCategory.ECHO)).isEmpty();
        assertThat(wall.all(seminar.id(), facilitator)).extracting(Verbatim::id).containsExactly(a.id(), b.id(), c.id());
        assertThat(wall.all(seminar.id(), facilitator).get(0).mergedInto()).isEqualTo(b.id());
    }

    @Test
    void wrongCodesAreThrottledPerAddressAndFloodsPerPseudonym() {
        Seminar seminar = seminar("Mur protégé");
        String address = "203.0.113." + (seminar.id() % 200);
        assertThat(seminars.byCode(seminar.code().toLowerCase(), address).id()).isEqualTo(seminar.id());
        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> seminars.byCode("ZZZZ9999", address)).isInstanceOf(AccompanimentException.class)
                    .extracting(e -> ((AccompanimentException) e).reason()).isEqualTo(AccompanimentException.Reason.NOT_FOUND);
        }
        // the right code too is refused for a while from that address, not from another
        assertThatThrownBy(() -> seminars.byCode(seminar.code(), address)).isInstanceOf(AccompanimentException.class)
                .extracting(e -> ((AccompanimentException) e).reason()).isEqualTo(AccompanimentException.Reason.CONFLICT);
        assertThat(seminars.byCode(seminar.code(), address + "1").id()).isEqualTo(seminar.id());

        for (int i = 0; i < 6; i++) {
            wall.postWithCode(seminar.id(), seminar.code(), VerbatimCategory.QUESTION, "Question " + i,
                    Participant.pseudonym("Bavard"));
        }
        assertThatThrownBy(() -> wall.postWithCode(seminar.id(), seminar.code(), VerbatimCategory.QUESTION,
                "Une de trop", Participant.pseudonym("Bavard"))).isInstanceOf(AccompanimentException.class);
        assertThatThrownBy(() -> wall.postWithCode(seminar.id(), "AAAAAAAA", VerbatimCategory.QUESTION,
                "Sans le bon code", Participant.pseudonym("Autre"))).isInstanceOf(AccompanimentException.class);
        assertThat(wall.wall(seminar).of(VerbatimCategory.QUESTION)).hasSize(6);
    }
}
