package vn.qms.stats.web.submit;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;

/**
 * A request to send files that holds none as an upload (not a multipart body, or one cut
 * off): the client's mistake, answered 400 with the console's error page, not 500.
 */
@ControllerAdvice(assignableTypes = SubmitController.class)
class NotAnUpload {

	@ExceptionHandler(MultipartException.class)
	void badRequest(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_BAD_REQUEST);
	}

}
