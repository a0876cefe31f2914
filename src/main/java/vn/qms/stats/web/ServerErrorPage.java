package vn.qms.stats.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * The page of an error that never reaches the console's own error page: a request Tomcat
 * refuses before the console sees it (an encoded slash in the address, one that cannot be
 * decoded). A short page in Vietnamese and English with the status, as the console's says
 * it, instead of Tomcat's "HTTP Status 400 – Bad Request" report, which names Tomcat's
 * version; and with the security headers Spring Security writes on every other answer
 * ({@link SecurityHeaders}), which it never sees.
 */
@Component
class ServerErrorPage implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers((context) -> {
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(Valve.class.getName());
			}
		});
	}

	/** Tomcat's error report valve, writing the console's short page. */
	public static class Valve extends ErrorReportValve {

		public Valve() {
			// whatever Tomcat's own report would still say: no stack trace, no version
			setShowReport(false);
			setShowServerInfo(false);
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			AtomicBoolean writable = new AtomicBoolean(false);
			response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
			if (!writable.get()) {
				return;
			}
			try {
				SecurityHeaders.all().forEach(response::setHeader);
				response.setContentType("text/html");
				response.setCharacterEncoding("UTF-8");
				Writer writer = response.getReporter();
				if (writer != null) {
					writer.write(page(status));
					response.finishResponse();
				}
			}
			catch (IOException | IllegalStateException ex) {
				// the client is gone, or the response was taken: nothing more to say
			}
		}

		static String page(int status) {
			return """
					<!DOCTYPE html>
					<html lang="vi"><head><meta charset="UTF-8"><title>Lỗi / Error · QMS Stats</title></head>
					<body><h1>Có lỗi xảy ra / Something went wrong</h1>
					<p>Mã HTTP %1$d. Nếu lỗi lặp lại, xin báo quản trị viên kèm thời điểm xảy ra.</p>
					<p>HTTP status %1$d. If it happens again, tell the administrator when it happened.</p>
					<p><a href="/">Về trang chính / Back to the start page</a></p></body></html>
					""".formatted(status);
		}

	}

}
