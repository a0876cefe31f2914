package vn.qms.stats.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Nothing by that number or name (HTTP 404, with the console's page). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFound extends RuntimeException {

	public NotFound() {
		super("not found");
	}

}
