package vn.qms.stats.web;

import java.util.Locale;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.qms.stats.account.Account;
import vn.qms.stats.web.signin.ConsoleUser;

/** What every page's layout shows: who is signed in, and the language. */
@ControllerAdvice
class ConsoleModel {

	@ModelAttribute("me")
	Account me() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof ConsoleUser user) ? user.account()
				: null;
	}

	@ModelAttribute("lang")
	String lang(Locale locale) {
		return "en".equals(locale.getLanguage()) ? "en" : "vi";
	}

}
