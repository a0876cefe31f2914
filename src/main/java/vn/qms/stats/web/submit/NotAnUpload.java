package vn.qms.stats.web.submit;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * A request to send files that holds none as an upload (not a multipart body, or one cut
 * off, which fails before a controller is chosen): the client's mistake, answered 400
 * with the console's error page, not 500; one over the size limits 413.
 */
@ControllerAdvice
class NotAnUpload {

	@ExceptionHandler(MultipartException.class)
	void badRequest(MultipartException ex, HttpServletResponse response) throws IOException {
		response.sendError((ex instanceof MaxUploadSizeExceededException)
				? HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE : HttpServletResponse.SC_BAD_REQUEST);
	}

}
