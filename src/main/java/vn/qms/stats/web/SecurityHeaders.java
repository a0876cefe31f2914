package vn.qms.stats.web;

import java.util.Map;

/**
 * The security headers of every answer of the console, in one place: Spring Security
 * writes them on every answer that reaches it ({@code SecurityConfiguration}), and
 * {@link ServerErrorPage} on the page of a request Tomcat refuses before Spring Security
 * sees it (an encoded slash, an address that cannot be decoded), which would otherwise go
 * out without them.
 */
public final class SecurityHeaders {

	/** Scripts, styles and images from the jar only; never framed; no plugins. */
	public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
			+ "script-src 'self'; object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

	/** As Spring Security's default: no page may be framed. */
	public static final String FRAME_OPTIONS = "DENY";

	/** As Spring Security's default: a type is never guessed from the content. */
	public static final String CONTENT_TYPE_OPTIONS = "nosniff";

	/** The address of a page is told to the console's own pages only. */
	public static final String REFERRER_POLICY = "same-origin";

	/** As Spring Security's default: an answer is not kept by the browser or a proxy. */
	public static final String CACHE_CONTROL = "no-cache, no-store, max-age=0, must-revalidate";

	private SecurityHeaders() {
	}

	/**
	 * The headers with their values, for an answer written outside Spring Security: what
	 * it writes on every other one.
	 */
	public static Map<String, String> all() {
		return Map.of("Content-Security-Policy", CONTENT_SECURITY_POLICY, "X-Frame-Options", FRAME_OPTIONS,
				"X-Content-Type-Options", CONTENT_TYPE_OPTIONS, "Referrer-Policy", REFERRER_POLICY, "Cache-Control",
				CACHE_CONTROL);
	}

}
