package vn.qms.stats.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.tomcat.util.http.InvalidParameterException;

import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.qms.stats.system.text.OneLine;

/**
 * A request whose parameters cannot be read (a {@code %} that starts no escape, bytes
 * that are not UTF-8, too many parameters) is the client's mistake: answered 400 (or
 * Tomcat's own status for it) with the short error page, before signing in is asked for,
 * and one debug line, instead of an error with a stack trace from wherever a parameter
 * was first read. The parameters of the address and of a form are read here, after the
 * request's character encoding is set and before Spring Security's filters; those of an
 * upload are left to its own checks ({@code NotAnUpload}), and should one fail later it
 * is answered the same way.
 */
@Component
@Order(UnreadableParameters.ORDER)
class UnreadableParameters extends OncePerRequestFilter {

	/**
	 * After the character encoding filter (the highest precedence), before Spring
	 * Security's filters (-100).
	 */
	static final int ORDER = -101;

	private static final Log logger = LogFactory.getLog(UnreadableParameters.class);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			if (!isUpload(request)) {
				request.getParameterMap();
			}
			chain.doFilter(request, response);
		}
		catch (InvalidParameterException ex) {
			refuse(request, response, ex, ex);
		}
		catch (ServletException | RuntimeException ex) {
			InvalidParameterException cause = cause(ex);
			if (cause == null) {
				throw ex;
			}
			refuse(request, response, cause, ex);
		}
	}

	private static boolean isUpload(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.regionMatches(true, 0, MediaType.MULTIPART_FORM_DATA_VALUE, 0,
				MediaType.MULTIPART_FORM_DATA_VALUE.length());
	}

	private static InvalidParameterException cause(Throwable ex) {
		for (Throwable each = ex; each != null; each = each.getCause()) {
			if (each instanceof InvalidParameterException invalid) {
				return invalid;
			}
		}
		return null;
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response,
			InvalidParameterException reason, Exception thrown) throws IOException {
		if (response.isCommitted()) {
			throw new IllegalStateException("Request parameters could not be read", thrown);
		}
		int status = (reason.getErrorCode() >= 400 && reason.getErrorCode() < 500) ? reason.getErrorCode()
				: HttpServletResponse.SC_BAD_REQUEST;
		if (logger.isDebugEnabled()) {
			logger.debug(OneLine.escape("Refused " + request.getMethod() + " " + request.getRequestURI() + " (" + status
					+ "): " + reason.getMessage()));
		}
		response.resetBuffer();
		response.setStatus(status);
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		response.setCharacterEncoding("UTF-8");
		// before Spring Security's filters, which set these on every other answer
		response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'; base-uri 'none'");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Referrer-Policy", "same-origin");
		response.getWriter().write(ServerErrorPage.Valve.page(status));
		response.flushBuffer();
	}

}
