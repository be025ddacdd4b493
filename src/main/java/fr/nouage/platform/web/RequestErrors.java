package fr.nouage.platform.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * A form with files that cannot be read (a malformed multipart body, a file name that breaks its
 * header, a NUL in a file name) is refused as a bad request, and a file over the limit as too large: the French error
 * page of that status, never a server error.
 */
@ControllerAdvice
class RequestErrors {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    void tooLarge(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    }

    @ExceptionHandler({MultipartException.class, InvalidFileNameException.class})
    void malformed(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }
}
