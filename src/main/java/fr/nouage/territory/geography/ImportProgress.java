package fr.nouage.territory.geography;

import java.time.Instant;

/**
 * Where an import of the official geography stands.
 *
 * @param step    current step, {@link Step#DONE} or {@link Step#FAILED} once finished
 * @param percent rough completion, from 0 to 100
 * @param changes what changed, once done
 * @param errorKey message key of the problem, once failed
 */
public record ImportProgress(long id, String source, Step step, int percent, Instant startedAt,
        GeographyChanges changes, String errorKey, Object[] errorArguments) {

    public enum Step {
        READING, COMPARING, WRITING, DONE, FAILED;

        public boolean finished() {
            return this == DONE || this == FAILED;
        }
    }

    public boolean running() {
        return !step.finished();
    }

    public boolean unchanged() {
        return step == Step.DONE && changes != null && changes.isEmpty();
    }
}
