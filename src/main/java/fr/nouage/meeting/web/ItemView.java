package fr.nouage.meeting.web;

import fr.nouage.meeting.AgendaItem;
import fr.nouage.meeting.ItemOutcome;
import fr.nouage.meeting.Minutes;
import fr.nouage.meeting.MinutesSheet;

/**
 * One agenda item on the minutes page: what is saved, what the form holds (the saved values, or
 * the writer's own text after a conflict or an error) and the outcome of the last action.
 *
 * @param form       values of the minutes form
 * @param conflict   the version someone else saved meanwhile, {@code null} without conflict
 * @param error      message key of a refused save, {@code null} otherwise
 * @param actionForm values of the new-action form
 * @param saved      whether the item was just saved
 */
public record ItemView(MinutesSheet.Item entry, Minutes.ItemRecord form, AgendaItem conflict, String error,
        ActionForm actionForm, boolean saved) {

    /** Values of the form adding an action, with the message key of a refusal. */
    public record ActionForm(String title, String ownerSiren, String dueOn, String error) {
        static final ActionForm EMPTY = new ActionForm("", "", "", null);
    }

    static ItemView of(MinutesSheet.Item entry) {
        AgendaItem i = entry.item();
        return new ItemView(entry, new Minutes.ItemRecord(i.minutes(), i.outcome(), i.outcomeText(), i.version()), null,
                null, ActionForm.EMPTY, false);
    }

    public AgendaItem item() {
        return entry.item();
    }

    public boolean checked(ItemOutcome outcome) {
        return form.outcome() == outcome;
    }


    ItemView withForm(Minutes.ItemRecord form, AgendaItem conflict, String error) {
        return new ItemView(entry, form, conflict, error, actionForm, false);
    }

    ItemView withActionForm(ActionForm actionForm) {
        return new ItemView(entry, form, conflict, error, actionForm, false);
    }

    ItemView justSaved() {
        return new ItemView(entry, form, conflict, error, actionForm, true);
    }
}
