package vn.qms.stats.web.submit;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

import vn.qms.stats.account.Account;
import vn.qms.stats.audit.AuditLog;
import vn.qms.stats.ingest.IngestVerdict;
import vn.qms.stats.ingest.Problem;
import vn.qms.stats.ingest.ShownValue;
import vn.qms.stats.system.text.OneLine;

/**
 * Sends the console refused, in the audit log beside the uploads it took: who, when, the
 * file names (shortened) and why. A send over the day's quota ({@value #QUOTA}, 429), one
 * over the size limits ({@value #TOO_LARGE}, 413: answered before the body is read, so
 * without a file name unless the web server named the file over its limit, and before
 * signing in is checked, so its account is the session's, if any), and a file the guard
 * refused for what it is, a PDF, a password, a zip bomb... ({@value #REFUSED}, once it is
 * read).
 */
@Component
class UploadRefusals {

	private static final Log logger = LogFactory.getLog(UploadRefusals.class);

	static final String QUOTA = "UPLOAD_QUOTA";

	static final String TOO_LARGE = "UPLOAD_TOO_LARGE";

	static final String REFUSED = "UPLOAD_REFUSED";

	/** The actor of a request without a signed-in session. */
	static final String ANONYMOUS = "anonymous";

	/** The most characters of one file name the log keeps. */
	static final int NAME = 80;

	/** The prefix of the guard's verdicts ({@code ingest.guard.pdf}...). */
	private static final String GUARD = "ingest.guard.";

	private final AuditLog audit;

	UploadRefusals(AuditLog audit) {
		this.audit = audit;
	}

	/** A send over the account's quota of the day: none of its files was stored. */
	void quota(Account account, List<String> names, UploadQuotaExceeded ex, String remote) {
		this.audit.record(account.username(), QUOTA, account.unitCode(), null,
				"429: " + ex.files() + " file(s), " + SubmitController.megabytes(ex.bytes()) + " MB; sent today "
						+ ex.sent().files() + " file(s), " + SubmitController.megabytes(ex.sent().bytes())
						+ " MB; at most " + ex.limits().maxFiles() + " files and " + ex.limits().maxMb() + " MB a day: "
						+ String.join(", ", names.stream().map(UploadRefusals::shown).toList()),
				remote);
	}

	/**
	 * A request over the size limits: nothing of it stored.
	 * @param fileName the file over its limit, if the web server named it, else null
	 */
	void tooLarge(HttpServletRequest request, String fileName, String perRequest, String perFile) {
		long length = request.getContentLengthLong();
		String detail = "413: " + ((length >= 0) ? length + " bytes sent" : "length not declared") + "; at most "
				+ perRequest + " a request and " + perFile + " a file"
				+ ((fileName != null) ? ": " + shown(fileName) : "");
		String actor = actor(request);
		if (ANONYMOUS.equals(actor)) {
			// anyone can send such a request, the filters not having run: one row each
			// would let them fill the audit log and push real events off its page
			logger.info(OneLine.escape("Refused without a session, from " + request.getRemoteAddr() + ": " + detail));
			return;
		}
		this.audit.record(actor, TOO_LARGE, null, null, detail, request.getRemoteAddr());
	}

	/**
	 * A file read and refused by the guard (its verdict's first error is the guard's):
	 * the sender's, with the reason's key.
	 */
	void guarded(Upload upload, IngestVerdict verdict, String remote) {
		if (verdict.outcome() != IngestVerdict.Outcome.REJECTED) {
			return;
		}
		Optional<String> reason = verdict.problems()
			.stream()
			.filter(Problem::isError)
			.findFirst()
			.map(Problem::messageKey)
			.filter((key) -> key.startsWith(GUARD));
		reason.ifPresent((key) -> this.audit.record(upload.username(), REFUSED, upload.senderUnit(), null,
				"#" + upload.id() + " " + shown(upload.fileName()) + ": " + key.substring(GUARD.length()), remote));
	}

	/**
	 * The account of the request's session, if one signed in; the filters have not run.
	 */
	private static String actor(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		Object context = (session != null)
				? session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) : null;
		Authentication authentication = (context instanceof SecurityContext security) ? security.getAuthentication()
				: null;
		return (authentication != null && authentication.isAuthenticated()) ? authentication.getName() : ANONYMOUS;
	}

	private static String shown(String name) {
		return ShownValue.shortened((name != null) ? name : "?", NAME);
	}

}
