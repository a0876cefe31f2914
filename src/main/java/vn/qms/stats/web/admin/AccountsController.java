package vn.qms.stats.web.admin;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.qms.stats.account.Account;
import vn.qms.stats.account.AccountException;
import vn.qms.stats.account.Accounts;
import vn.qms.stats.account.Role;
import vn.qms.stats.audit.AuditLog;
import vn.qms.stats.web.signin.ConsoleUser;

/**
 * The console's accounts, for administrators ({@code /admin/**}): what the {@code users}
 * command does, in the browser. A password is always made up by the console and shown
 * once, on the page that follows the change; the administrator hands it over. Each change
 * goes into the audit log, with the same actions as the command's.
 */
@Controller
class AccountsController {

	private static final String PAGE = "redirect:/admin/accounts";

	private final Accounts accounts;

	private final AuditLog audit;

	AccountsController(Accounts accounts, AuditLog audit) {
		this.accounts = accounts;
		this.audit = audit;
	}

	@GetMapping("/admin/accounts")
	String accounts(Model model) {
		model.addAttribute("accounts", this.accounts.list());
		// the least power first, so that the form's default is an agency, never an
		// administrator
		model.addAttribute("roles", List.of(Role.AGENCY, Role.VIEWER, Role.SECRETARIAT, Role.ADMIN));
		return "admin/accounts";
	}

	@PostMapping("/admin/accounts")
	String add(@AuthenticationPrincipal ConsoleUser user, @RequestParam String username, @RequestParam Role role,
			@RequestParam(required = false) String unit, HttpServletRequest request, RedirectAttributes next) {
		try {
			char[] password = Accounts.madeUpPassword();
			Account account = this.accounts.add(username, role, unit, password);
			this.audit.record(user.getUsername(), "USER_ADD", null, null,
					account.username() + " " + account.role() + " " + account.unitCode(), request.getRemoteAddr());
			next.addFlashAttribute("added", account.username());
			next.addFlashAttribute("password", new String(password));
		}
		catch (AccountException ex) {
			next.addFlashAttribute("refused", ex.getMessage());
		}
		return PAGE;
	}

	@PostMapping("/admin/accounts/{username}/enabled")
	String enabled(@AuthenticationPrincipal ConsoleUser user, @PathVariable String username,
			@RequestParam boolean enabled, HttpServletRequest request, RedirectAttributes next) {
		String name = Accounts.normalName(username);
		if (!enabled && name.equals(user.getUsername())) {
			next.addFlashAttribute("refused", "Không thể tự khóa tài khoản đang dùng / "
					+ "You cannot disable the account you are signed in with");
			return PAGE;
		}
		try {
			this.accounts.setEnabled(name, enabled);
			this.audit.record(user.getUsername(), enabled ? "USER_ENABLE" : "USER_DISABLE", null, null, name,
					request.getRemoteAddr());
			next.addFlashAttribute(enabled ? "enabledAgain" : "disabled", name);
		}
		catch (AccountException ex) {
			next.addFlashAttribute("refused", ex.getMessage());
		}
		return PAGE;
	}

	@PostMapping("/admin/accounts/{username}/password")
	String password(@AuthenticationPrincipal ConsoleUser user, @PathVariable String username,
			HttpServletRequest request, RedirectAttributes next) {
		String name = Accounts.normalName(username);
		try {
			char[] password = Accounts.madeUpPassword();
			this.accounts.setPassword(name, password);
			this.audit.record(user.getUsername(), "USER_PASSWORD", null, null, name, request.getRemoteAddr());
			next.addFlashAttribute("newPassword", name);
			next.addFlashAttribute("password", new String(password));
		}
		catch (AccountException ex) {
			next.addFlashAttribute("refused", ex.getMessage());
		}
		return PAGE;
	}

}
