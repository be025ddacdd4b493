package fr.nouage.accompaniment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The wall as the room sees it: grouping by category, ordering by votes, moderation, cleaned texts. */
class WallTest {

    static final Instant T0 = Instant.parse("2027-03-18T09:00:00Z");

    static Verbatim v(long id, VerbatimCategory c, int votes, int minute) {
        return new Verbatim(id, 1, c, "texte " + id, "pseudo", votes, false, false, null, T0.plusSeconds(60L * minute));
    }

    @Test
    void groupsByCategoryWithEveryCategoryPresent() {
        Wall wall = Wall.of(List.of(v(1, VerbatimCategory.OBSTACLE, 0, 1), v(2, VerbatimCategory.ECHO, 0, 2),
                v(3, VerbatimCategory.OBSTACLE, 0, 3)), 7);
        assertThat(wall.of(VerbatimCategory.OBSTACLE)).extracting(Verbatim::id).containsExactly(1L, 3L);
        assertThat(wall.of(VerbatimCategory.ECHO)).extracting(Verbatim::id).containsExactly(2L);
        assertThat(wall.of(VerbatimCategory.SUCCESS_FACTOR)).isEmpty();
        assertThat(wall.of(VerbatimCategory.QUESTION)).isEmpty();
        assertThat(wall.size()).isEqualTo(3);
        assertThat(wall.version()).isEqualTo(7);
    }

    @Test
    void theMostVotedComeFirstThenTheOldest() {
        Wall wall = Wall.of(List.of(v(1, VerbatimCategory.QUESTION, 1, 1), v(2, VerbatimCategory.QUESTION, 5, 2),
                v(3, VerbatimCategory.QUESTION, 1, 0), v(4, VerbatimCategory.QUESTION, 0, 0)), 0);
        assertThat(wall.of(VerbatimCategory.QUESTION)).extracting(Verbatim::id).containsExactly(2L, 3L, 1L, 4L);
    }

    @Test
    void hiddenAndMergedLeaveTheWallAndHighlightedLeadTheirCategory() {
        Verbatim hidden = new Verbatim(1, 1, VerbatimCategory.ECHO, "hors sujet", "a", 9, true, false, null, T0);
        Verbatim merged = new Verbatim(2, 1, VerbatimCategory.ECHO, "doublon", "b", 3, false, false, 3L, T0);
        Verbatim kept = v(3, VerbatimCategory.ECHO, 4, 1);
        Verbatim highlighted = new Verbatim(4, 1, VerbatimCategory.ECHO, "à retenir", "c", 0, false, true, null,
                T0.plusSeconds(600));
        Wall wall = Wall.of(List.of(hidden, merged, kept, highlighted), 0);
        assertThat(wall.of(VerbatimCategory.ECHO)).extracting(Verbatim::id).containsExactly(4L, 3L);
    }

    @Test
    void verbatimsLoseTheirMarkupAndBlankOrLongOnesAreRefused() {
        assertThat(Texts.verbatim("  <script>alert(1)</script>Le   <b>temps</b>\u0007 partagé ", 500))
                .isEqualTo("alert(1) Le temps partagé");
        assertThatThrownBy(() -> Texts.verbatim("   ", 500)).isInstanceOf(AccompanimentException.class)
                .extracting(e -> ((AccompanimentException) e).status()).isEqualTo(400);
        assertThatThrownBy(() -> Texts.verbatim("<p></p>", 500)).isInstanceOf(AccompanimentException.class);
        assertThatThrownBy(() -> Texts.verbatim("x".repeat(501), 500)).isInstanceOf(AccompanimentException.class);
        assertThat(Texts.verbatim("x".repeat(500), 500)).hasSize(500);
    }
}
