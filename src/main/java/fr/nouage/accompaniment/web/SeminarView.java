package fr.nouage.accompaniment.web;

import java.util.List;
import java.util.Map;

import fr.nouage.accompaniment.Seminar;
import fr.nouage.accompaniment.Sequence;

/**
 * A seminar as its page shows it.
 *
 * @param day         the day in words
 * @param invited     names of the invited territories
 * @param programme   the sequences, with their times written out
 * @param mayBuild    whether the user builds the seminar (coordinator)
 * @param mayModerate whether the user moderates its wall (and sees its code)
 */
public record SeminarView(Seminar seminar, String day, List<String> invited, List<Line> programme, boolean mayBuild,
        boolean mayModerate) {

    /** One sequence of the programme with its times written out. */
    public record Line(Sequence sequence, String from, String to) {
    }

    static SeminarView of(Seminar seminar, List<Sequence> programme, Map<String, String> names, boolean mayBuild,
            boolean mayModerate) {
        return new SeminarView(seminar, SeminarPages.day(seminar.heldOn()),
                seminar.territories().stream().map(s -> names.getOrDefault(s, s)).sorted().toList(),
                programme.stream().map(q -> new Line(q, SeminarPages.hour(q.startsAt()), SeminarPages.hour(q.endsAt())))
                        .toList(), mayBuild, mayModerate);
    }

    /** The last day of registrations in words. */
    public String closeDay() {
        return SeminarPages.day(seminar.registrationsCloseOn() == null ? seminar.heldOn() : seminar.registrationsCloseOn());
    }

    /** The code in two groups of four, easier to read on a projected screen. */
    public String spacedCode() {
        String code = seminar.code();
        return code.length() == 8 ? code.substring(0, 4) + " " + code.substring(4) : code;
    }
}
