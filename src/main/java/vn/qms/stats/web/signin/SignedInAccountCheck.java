package vn.qms.stats.web.signin;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.qms.stats.account.Accounts;

/**
 * Ends a session at its next request when its account was disabled, given another role or
 * unit, or a new password since it signed in (by an administrator on the accounts page or
 * with the {@code users} command): the request goes on unsigned, so a page leads to
 * sign-in and anything else is refused.
 */
class SignedInAccountCheck extends OncePerRequestFilter {

	private final Accounts accounts;

	SignedInAccountCheck(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof ConsoleUser user
				&& !this.accounts.stillValid(user.account(), user.signedInAt())) {
			SecurityContextHolder.clearContext();
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
		}
		chain.doFilter(request, response);
	}

}
