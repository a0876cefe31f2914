package vn.qms.stats.web.forms;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import vn.qms.stats.account.UnitAccess;
import vn.qms.stats.audit.AuditLog;
import vn.qms.stats.forms.BlankForm;
import vn.qms.stats.forms.BlankFormException;
import vn.qms.stats.forms.BlankForms;
import vn.qms.stats.ingest.form.Forms;
import vn.qms.stats.web.Access;
import vn.qms.stats.web.WebScope;
import vn.qms.stats.web.signin.ConsoleUser;

/**
 * Blank forms BM01–BM04 for a unit and period, with the title block filled in, drop-down
 * lists and protected headers; the product reads back what it hands out. An agency gets
 * the forms of its own unit.
 */
@Controller
class FormsController {

	private final BlankForms forms;

	private final UnitAccess access;

	private final AuditLog audit;

	FormsController(BlankForms forms, UnitAccess access, AuditLog audit) {
		this.forms = forms;
		this.access = access;
		this.audit = audit;
	}

	@GetMapping("/forms")
	String page(@AuthenticationPrincipal ConsoleUser user, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String period, Model model) {
		WebScope scope = WebScope.of(user.account(), unit, period, false);
		Access.require(this.access.canRead(user.account(), scope.unit()));
		model.addAttribute("scope", scope);
		model.addAttribute("forms", Forms.all());
		return "forms/page";
	}

	@GetMapping("/forms/download")
	void download(@AuthenticationPrincipal ConsoleUser user, @RequestParam String form,
			@RequestParam(required = false) String unit, @RequestParam(required = false) String period,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		WebScope scope = WebScope.of(user.account(), unit, period, false);
		Access.require(this.access.canRead(user.account(), scope.unit()));
		BlankForm blank;
		try {
			blank = this.forms.blank(form, scope.unit(), scope.period());
		}
		catch (BlankFormException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		this.audit.record(user.getUsername(), "BLANK_FORM", scope.unit(), scope.period().code(), form,
				request.getRemoteAddr());
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(blank.fileName()).build().toString());
		this.forms.write(blank, response.getOutputStream());
	}

}
