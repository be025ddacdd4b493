package fr.nouage.project;

import java.time.LocalDate;

/** A milestone of a project; {@code doneOn} is {@code null} until reached. */
public record Milestone(long id, long projectId, String title, LocalDate dueOn, LocalDate doneOn) {

    public boolean done() {
        return doneOn != null;
    }
}
