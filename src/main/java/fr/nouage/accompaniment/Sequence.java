package fr.nouage.accompaniment;

import java.time.LocalTime;

/** One sequence of a seminar's programme: a keynote, flash presentations, a debate, a workshop. */
public record Sequence(long id, long seminarId, LocalTime startsAt, LocalTime endsAt, String title, String speakers,
        String resources) {
}
