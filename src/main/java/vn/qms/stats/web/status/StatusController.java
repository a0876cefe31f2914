package vn.qms.stats.web.status;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.qms.stats.account.UnitAccess;
import vn.qms.stats.audit.AuditLog;
import vn.qms.stats.metrics.DataQualityService;
import vn.qms.stats.metrics.FigureScope;
import vn.qms.stats.metrics.ReportingStatus;
import vn.qms.stats.metrics.SubmissionLog;
import vn.qms.stats.system.QmsProperties;
import vn.qms.stats.web.Access;
import vn.qms.stats.web.WebScope;
import vn.qms.stats.web.signin.ConsoleUser;

/**
 * The reporting status of a period: who submitted (when, which file, how often replaced)
 * and who has not, and the chase list of those who have not as XLSX.
 */
@Controller
class StatusController {

	private final DataQualityService quality;

	private final SubmissionLog log;

	private final UnitAccess access;

	private final QmsProperties properties;

	private final AuditLog audit;

	StatusController(DataQualityService quality, SubmissionLog log, UnitAccess access, QmsProperties properties,
			AuditLog audit) {
		this.quality = quality;
		this.log = log;
		this.access = access;
		this.properties = properties;
		this.audit = audit;
	}

	@GetMapping("/status")
	String page(@AuthenticationPrincipal ConsoleUser user, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String period, Model model, Locale locale) {
		WebScope chosen = allowed(user, unit, period);
		List<ReportingStatus> statuses = statuses(chosen);
		Map<String, List<SubmissionLog.Sent>> sent = this.log.period(chosen.period().code())
			.stream()
			.collect(Collectors.groupingBy(SubmissionLog.Sent::unitCode));
		model.addAttribute("scope", chosen);
		model.addAttribute("periodLabel", chosen.period().label(locale));
		model.addAttribute("statuses", statuses);
		model.addAttribute("sent", sent);
		model.addAttribute("missing", statuses.stream().filter(StatusController::toChase).count());
		return "status/page";
	}

	@GetMapping("/status/chase.xlsx")
	void chase(@AuthenticationPrincipal ConsoleUser user, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String period, HttpServletRequest request, HttpServletResponse response,
			Locale locale) throws IOException {
		WebScope chosen = allowed(user, unit, period);
		List<ReportingStatus> toChase = statuses(chosen).stream().filter(StatusController::toChase).toList();
		this.audit.record(user.getUsername(), "CHASE_LIST", chosen.unit(), chosen.period().code(),
				toChase.size() + " units", request.getRemoteAddr());
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("chase_" + chosen.unit() + "_" + chosen.period().code() + ".xlsx")
					.build()
					.toString());
		ChaseList.write(toChase, chosen, locale, response.getOutputStream());
	}

	private List<ReportingStatus> statuses(WebScope chosen) {
		FigureScope scope = chosen.figureScope(this.properties);
		return this.quality.reportingStatus(scope);
	}

	/** An expected unit with nothing for the period. */
	static boolean toChase(ReportingStatus status) {
		return status.expected() && status.state() == ReportingStatus.State.MISSING;
	}

	private WebScope allowed(ConsoleUser user, String unit, String period) {
		WebScope chosen = WebScope.of(user.account(), unit, period, false);
		Access.require(this.access.canReadFigures(user.account(), chosen.unit()));
		return chosen;
	}

}
