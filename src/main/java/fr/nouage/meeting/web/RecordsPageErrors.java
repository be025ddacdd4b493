package fr.nouage.meeting.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import fr.nouage.meeting.MeetingException;

/** A refusal the pages of the meeting records did not handle becomes the French error page of its status. */
@ControllerAdvice(assignableTypes = {MinutesController.class, ActionsController.class, OpinionsController.class,
        CalendarFeedController.class, BodyController.class})
class RecordsPageErrors {

    @ExceptionHandler(MeetingException.class)
    void refused(MeetingException e, HttpServletResponse response) throws IOException {
        response.sendError(status(e));
    }

    static int status(MeetingException e) {
        return e.status();
    }
}
