package vn.qms.stats.web.submit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.fileupload.impl.FileSizeLimitExceededException;
import org.apache.tomcat.util.http.fileupload.impl.SizeLimitExceededException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

import vn.qms.stats.web.SecurityHeaders;

/**
 * An upload over the size limits ({@code spring.servlet.multipart.max-request-size},
 * {@code max-file-size}) is answered 413 with a page saying the limits in Vietnamese and
 * English, before Spring Security's filters read the upload for its CSRF token; left to
 * them, it got the web server's short "Something went wrong" page, which does not say
 * what the limits are. A request that says it is too long is refused before its body is
 * read; one that turns out too long (a file over its limit, a body of no declared length)
 * when its parts are read here. Tomcat throws away what it had written of it: nothing is
 * stored. The page has a declared length, so that it reaches the client whole even when
 * Tomcat then closes the connection rather than read the rest of a large body. Any other
 * failure to read an upload (a body cut off) is left to {@link NotAnUpload}, where it is
 * met again.
 */
@Component
@Order(UploadTooLarge.ORDER)
class UploadTooLarge extends OncePerRequestFilter {

	/**
	 * Before {@code UnreadableParameters} (-101) and Spring Security's filters (-100).
	 */
	static final int ORDER = -102;

	static final String MAX_FILE_SIZE = "${spring.servlet.multipart.max-file-size:1MB}";

	static final String MAX_REQUEST_SIZE = "${spring.servlet.multipart.max-request-size:10MB}";

	private final DataSize maxFileSize;

	private final DataSize maxRequestSize;

	private final UploadRefusals refusals;

	UploadTooLarge(@Value(MAX_FILE_SIZE) DataSize maxFileSize, @Value(MAX_REQUEST_SIZE) DataSize maxRequestSize,
			UploadRefusals refusals) {
		this.maxFileSize = maxFileSize;
		this.maxRequestSize = maxRequestSize;
		this.refusals = refusals;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!isUpload(request)) {
			chain.doFilter(request, response);
			return;
		}
		long limit = this.maxRequestSize.toBytes();
		if (limit >= 0 && request.getContentLengthLong() > limit) {
			refuse(request, response, null);
			return;
		}
		try {
			request.getParts();
		}
		catch (IOException | ServletException | IllegalStateException ex) {
			if (tooLarge(ex)) {
				refuse(request, response, fileName(ex));
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private static boolean isUpload(HttpServletRequest request) {
		String type = request.getContentType();
		return "POST".equals(request.getMethod()) && type != null && type.regionMatches(true, 0,
				MediaType.MULTIPART_FORM_DATA_VALUE, 0, MediaType.MULTIPART_FORM_DATA_VALUE.length());
	}

	private static boolean tooLarge(Throwable ex) {
		for (Throwable each = ex; each != null; each = each.getCause()) {
			if (each instanceof SizeLimitExceededException || each instanceof FileSizeLimitExceededException) {
				return true;
			}
		}
		return false;
	}

	/** The name of the file over its limit, if the web server gives it. */
	private static String fileName(Throwable ex) {
		for (Throwable each = ex; each != null; each = each.getCause()) {
			if (each instanceof FileSizeLimitExceededException file) {
				return file.getFileName();
			}
		}
		return null;
	}

	/**
	 * Answers 413, and writes the refusal to the audit log ({@link UploadRefusals}).
	 * @param fileName the file over its limit, if known
	 */
	private void refuse(HttpServletRequest request, HttpServletResponse response, String fileName) throws IOException {
		String perRequest = size(this.maxRequestSize);
		String perFile = size(this.maxFileSize);
		this.refusals.tooLarge(request, fileName, perRequest, perFile);
		if (response.isCommitted()) {
			return;
		}
		response.resetBuffer();
		response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		SecurityHeaders.all().forEach(response::setHeader);
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		String body;
		if (accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE)
				&& !accept.contains(MediaType.TEXT_HTML_VALUE)) {
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			body = "{\"status\":413,\"error\":\"Payload Too Large\",\"message\":\"" + vietnamese(perRequest, perFile)
					+ " / " + english(perRequest, perFile) + "\",\"maxRequestSize\":\"" + perRequest
					+ "\",\"maxFileSize\":\"" + perFile + "\"}";
		}
		else {
			response.setContentType(MediaType.TEXT_HTML_VALUE);
			body = page(request.getContextPath(), perRequest, perFile);
		}
		// of a known length, not chunked: whole before the web server drops the
		// connection
		// on a body it will not read to its end
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		response.setContentLength(bytes.length);
		response.getOutputStream().write(bytes);
		response.flushBuffer();
	}

	static String page(String contextPath, String perRequest, String perFile) {
		return """
				<!DOCTYPE html>
				<html lang="vi"><head><meta charset="UTF-8"><title>Tệp quá lớn / Upload too large · QMS Stats</title></head>
				<body><h1>Tệp gửi lên quá lớn / The upload is too large</h1>
				<p>%s</p>
				<p>%s</p>
				<p>Mã HTTP 413 / HTTP status 413</p>
				<p><a href="%s/submit">Quay lại trang Nộp biểu / Back to Submit forms</a></p></body></html>
				"""
			.formatted(vietnamese(perRequest, perFile), english(perRequest, perFile),
					HtmlUtils.htmlEscape(contextPath));
	}

	private static String vietnamese(String perRequest, String perFile) {
		return "Mỗi lần gửi được tối đa " + perRequest + ", mỗi tệp tối đa " + perFile
				+ ". Không tệp nào được lưu. Hãy gửi ít tệp hơn mỗi lần; tệp lớn hơn giới hạn xin nhờ quản trị viên"
				+ " đưa vào thư mục đầu vào.";
	}

	private static String english(String perRequest, String perFile) {
		return "At most " + perRequest + " may be sent at once, and " + perFile
				+ " per file. Nothing was stored. Send fewer files at a time; for a file above the limit, ask the"
				+ " administrator to put it in the input folder.";
	}

	/** A size as the pages state it: in MB, or in KB below 1 MB. */
	static String size(DataSize size) {
		long bytes = size.toBytes();
		if (bytes < 0) {
			return "∞";
		}
		if (bytes >= 1024 * 1024) {
			long mb = bytes / (1024 * 1024);
			return (bytes % (1024 * 1024) == 0) ? mb + " MB"
					: String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
		}
		return (bytes >= 1024) ? (bytes / 1024) + " KB" : bytes + " B";
	}

}
