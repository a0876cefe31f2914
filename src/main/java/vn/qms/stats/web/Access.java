package vn.qms.stats.web;

import org.springframework.security.access.AccessDeniedException;

/** A refusal: the account may not see or do this (HTTP 403, with the console's page). */
public final class Access {

	private Access() {
	}

	public static void require(boolean allowed) {
		if (!allowed) {
			throw new AccessDeniedException("not allowed");
		}
	}

}
