package vn.qms.stats.web.approval;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.qms.stats.account.Account;
import vn.qms.stats.account.UnitAccess;
import vn.qms.stats.approval.ApprovalAnswer;
import vn.qms.stats.approval.Approvals;
import vn.qms.stats.approval.WithdrawalReason;
import vn.qms.stats.audit.AuditLog;
import vn.qms.stats.ingest.HeldFiles;
import vn.qms.stats.ingest.IngestVerdict;
import vn.qms.stats.web.Access;
import vn.qms.stats.web.NotFound;
import vn.qms.stats.web.WebScope;
import vn.qms.stats.web.signin.ConsoleUser;
import vn.qms.stats.web.submit.Uploads;

/**
 * Approval and locking of a unit's data for a period, form by form (DHIS2's model): a
 * secretariat approves, and later files for that key are held; it withdraws with a
 * reason, and a held file can then be applied. Every step is audited.
 */
@Controller
class ApprovalsController {

	private final Approvals approvals;

	private final UnitAccess access;

	private final AuditLog audit;

	private final Uploads uploads;

	ApprovalsController(Approvals approvals, UnitAccess access, AuditLog audit, Uploads uploads) {
		this.approvals = approvals;
		this.access = access;
		this.audit = audit;
		this.uploads = uploads;
	}

	@GetMapping("/approvals")
	String page(@AuthenticationPrincipal ConsoleUser user, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String period, Model model, Locale locale) {
		WebScope scope = allowed(user.account(), unit, period);
		model.addAttribute("scope", scope);
		model.addAttribute("periodLabel", scope.period().label(locale));
		model.addAttribute("state", this.approvals.state(scope.unit(), scope.period().code()));
		model.addAttribute("history", this.approvals.history(null, scope.unit(), scope.period().code()));
		model.addAttribute("held", held(user.account()).stream().map(HeldRow::of).toList());
		return "approval/page";
	}

	@PostMapping("/approvals/approve")
	String approve(@AuthenticationPrincipal ConsoleUser user, @RequestParam String form,
			@RequestParam(required = false) String unit, @RequestParam(required = false) String period,
			HttpServletRequest request, RedirectAttributes redirect, Locale locale) {
		WebScope scope = allowed(user.account(), unit, period);
		ApprovalAnswer answer = this.approvals.approve(form, scope.unit(), scope.period().code(), user.getUsername());
		this.audit.record(user.getUsername(), "APPROVE", scope.unit(), scope.period().code(),
				form + " " + answer.status(), request.getRemoteAddr());
		return back(scope, answer, redirect, locale);
	}

	/**
	 * Withdraws the approval; a reason the service refuses (none, too long, with control
	 * characters) is answered 400 with the page saying why, and only the outcome, not the
	 * reason, goes to the audit log.
	 */
	@PostMapping("/approvals/withdraw")
	Object withdraw(@AuthenticationPrincipal ConsoleUser user, @RequestParam String form,
			@RequestParam(required = false) String unit, @RequestParam(required = false) String period,
			@RequestParam(defaultValue = "") String reason, HttpServletRequest request, RedirectAttributes redirect,
			Model model, Locale locale) {
		WebScope scope = allowed(user.account(), unit, period);
		ApprovalAnswer answer = this.approvals.withdraw(form, scope.unit(), scope.period().code(), user.getUsername(),
				reason);
		this.audit.record(user.getUsername(), "WITHDRAW", scope.unit(), scope.period().code(),
				form + " " + answer.status() + (answer.changed() ? ": " + WithdrawalReason.trimmed(reason) : ""),
				request.getRemoteAddr());
		if (answer.status() == ApprovalAnswer.Status.INVALID) {
			page(user, scope.unit(), scope.period().code(), model, locale);
			model.addAttribute("message", answer.message(locale));
			model.addAttribute("changed", false);
			return new ModelAndView("approval/page", HttpStatus.BAD_REQUEST);
		}
		return back(scope, answer, redirect, locale);
	}

	@PostMapping("/approvals/held/apply")
	String apply(@AuthenticationPrincipal ConsoleUser user, @RequestParam String file,
			@RequestParam(required = false) String unit, @RequestParam(required = false) String period,
			HttpServletRequest request, RedirectAttributes redirect) {
		WebScope scope = allowed(user.account(), unit, period);
		HeldFiles.HeldFile held = held(user.account()).stream()
			.filter((each) -> HeldRow.token(each).equals(file))
			.findFirst()
			.orElseThrow(NotFound::new);
		IngestVerdict verdict = this.approvals.applyHeld(held.path().toString());
		this.uploads.reapplied(held.path(), verdict);
		this.audit.record(user.getUsername(), "APPLY_HELD", held.reportingUnit(), held.period(),
				held.fileName() + " " + verdict.outcome(), request.getRemoteAddr());
		redirect.addFlashAttribute("applied", held.fileName());
		redirect.addFlashAttribute("appliedOutcome", verdict.outcome().name());
		return "redirect:/approvals?unit=" + scope.unit() + "&period=" + scope.period().code();
	}

	private List<HeldFiles.HeldFile> held(Account account) {
		return this.approvals.held()
			.stream()
			.filter((held) -> held.reportingUnit() != null && this.access.canApprove(account, held.reportingUnit()))
			.toList();
	}

	private static String back(WebScope scope, ApprovalAnswer answer, RedirectAttributes redirect, Locale locale) {
		redirect.addFlashAttribute("message", answer.message(locale));
		redirect.addFlashAttribute("changed", answer.changed());
		return "redirect:/approvals?unit=" + scope.unit() + "&period=" + scope.period().code();
	}

	private WebScope allowed(Account account, String unit, String period) {
		WebScope scope = WebScope.of(account, unit, period, false);
		Access.require(this.access.canApprove(account, scope.unit()));
		return scope;
	}

	/**
	 * A held file as the page lists it: the form names it by a token, never by its path.
	 */
	record HeldRow(String token, String fileName, String form, String unit, String period, String heldAt) {

		private static final DateTimeFormatter HELD_AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

		static HeldRow of(HeldFiles.HeldFile held) {
			return new HeldRow(token(held), held.fileName(), held.form(), held.reportingUnit(), held.period(),
					HELD_AT.format(held.heldAt()));
		}

		static String token(HeldFiles.HeldFile held) {
			try {
				byte[] digest = MessageDigest.getInstance("SHA-256")
					.digest(held.path().toString().getBytes(StandardCharsets.UTF_8));
				return HexFormat.of().formatHex(digest, 0, 12);
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
