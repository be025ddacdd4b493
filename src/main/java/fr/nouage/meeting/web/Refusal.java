package fr.nouage.meeting.web;

import java.util.List;

import fr.nouage.meeting.MeetingException;
import fr.nouage.platform.PageContext;

/** Why a form was refused: a message key and its arguments, shown above the form kept as typed. */
public record Refusal(String key, List<Object> arguments) {

    static Refusal of(MeetingException e) {
        return new Refusal(e.messageKey(), List.of(e.arguments()));
    }

    static Refusal of(String key, Object... arguments) {
        return new Refusal(key, List.of(arguments));
    }

    /** The message in the user's language. */
    public String text(PageContext page) {
        return page.t(key, arguments.toArray());
    }
}
