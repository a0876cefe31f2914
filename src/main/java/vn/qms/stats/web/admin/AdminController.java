package vn.qms.stats.web.admin;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.batch.core.launch.JobOperator;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.qms.stats.audit.AuditLog;
import vn.qms.stats.system.JobHistory;
import vn.qms.stats.web.signin.ConsoleUser;

/**
 * For administrators only ({@code /admin/**}): the job runs (ingests and reports), with
 * failures and a restart, and the audit log.
 */
@Controller
class AdminController {

	private final JobHistory history;

	private final JobOperator operator;

	private final AuditLog audit;

	AdminController(JobHistory history, JobOperator operator, AuditLog audit) {
		this.history = history;
		this.operator = operator;
		this.audit = audit;
	}

	@GetMapping("/admin/jobs")
	String jobs(@RequestParam(defaultValue = "false") boolean failed, Model model) {
		model.addAttribute("runs", this.history.runs(failed, 200));
		model.addAttribute("failed", failed);
		return "admin/jobs";
	}

	@PostMapping("/admin/jobs/{id}/restart")
	String restart(@AuthenticationPrincipal ConsoleUser user, @PathVariable long id, HttpServletRequest request) {
		this.audit.record(user.getUsername(), "JOB_RESTART", null, null, "#" + id, request.getRemoteAddr());
		String outcome;
		try {
			outcome = "restarted=" + this.operator.restart(id);
		}
		catch (Exception ex) {
			outcome = "notRestarted=" + id;
		}
		return "redirect:/admin/jobs?failed=true&" + outcome;
	}

	@GetMapping("/admin/audit")
	String audit(Model model) {
		model.addAttribute("events", this.audit.latest(500));
		return "admin/audit";
	}

}
