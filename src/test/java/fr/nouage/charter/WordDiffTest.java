package fr.nouage.charter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import fr.nouage.charter.WordDiff.Kind;
import fr.nouage.charter.WordDiff.Segment;

class WordDiffTest {

    @Test
    void onlyTheChangedWordIsHighlightedOnEachSide() {
        List<Segment> diff = WordDiff.diff("L'ordre du jour est envoyé 48 heures avant la réunion.",
                "L'ordre du jour est envoyé 72 heures avant la réunion.");
        assertThat(WordDiff.oldSide(diff)).containsExactly(new Segment(Kind.SAME, "L'ordre du jour est envoyé "),
                new Segment(Kind.REMOVED, "48 "), new Segment(Kind.SAME, "heures avant la réunion."));
        assertThat(WordDiff.newSide(diff)).containsExactly(new Segment(Kind.SAME, "L'ordre du jour est envoyé "),
                new Segment(Kind.ADDED, "72 "), new Segment(Kind.SAME, "heures avant la réunion."));
        assertThat(WordDiff.changed(diff)).isTrue();
    }

    @Test
    void wordsInsertedAndRemovedInTheMiddleKeepTheCommonOnes() {
        List<Segment> diff = WordDiff.diff("a b c d e", "a x c d y e");
        assertThat(diff).containsExactly(new Segment(Kind.SAME, "a "), new Segment(Kind.REMOVED, "b "),
                new Segment(Kind.ADDED, "x "), new Segment(Kind.SAME, "c d "), new Segment(Kind.ADDED, "y "),
                new Segment(Kind.SAME, "e"));
    }

    @Test
    void identicalTextsHaveNoChangeAndEachSideRebuildsItsText() {
        assertThat(WordDiff.changed(WordDiff.diff("même texte", "même texte"))).isFalse();
        String before = "Chaque collectivité dispose d'une voix.\n\nL'EPCI est un membre.";
        String after = "Chaque collectivité, petite ou grande, dispose d'une voix.\n\nL'EPCI est un membre parmi d'autres.";
        List<Segment> diff = WordDiff.diff(before, after);
        assertThat(String.join("", WordDiff.oldSide(diff).stream().map(Segment::text).toList())).isEqualTo(before);
        assertThat(String.join("", WordDiff.newSide(diff).stream().map(Segment::text).toList())).isEqualTo(after);
    }

    @Test
    void emptyTextsOnEitherSideAreWhollyAddedOrRemoved() {
        assertThat(WordDiff.diff("", "nouvel article")).containsExactly(new Segment(Kind.ADDED, "nouvel article"));
        assertThat(WordDiff.diff("ancien article", "")).containsExactly(new Segment(Kind.REMOVED, "ancien article"));
    }
}
