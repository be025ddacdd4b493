package fr.nouage.meeting;

/**
 * Someone else saved the minutes of an agenda item after the user opened it: nothing of theirs was
 * written; both versions travel with the refusal so that the user can merge them.
 */
public class MinutesConflict extends MeetingException {

    private final transient AgendaItem saved;
    private final transient Minutes.ItemRecord attempted;

    public MinutesConflict(AgendaItem saved, Minutes.ItemRecord attempted) {
        super(Reason.CONFLICT, "minutes.error.conflict", saved.minutesUpdatedBy());
        this.saved = saved;
        this.attempted = attempted;
    }

    /** The version now saved, written by someone else. */
    public AgendaItem saved() {
        return saved;
    }

    /** What the user tried to save, not written. */
    public Minutes.ItemRecord attempted() {
        return attempted;
    }
}
