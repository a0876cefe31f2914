package vn.qms.stats.web.signin;

import java.util.Locale;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import vn.qms.stats.account.Accounts;
import vn.qms.stats.audit.AuditLog;

/**
 * Checks a password against the account's hash, refusing while {@link SignInThrottle}
 * says so, and writes every attempt to the audit log.
 */
class ThrottledSignIn implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final SignInThrottle throttle;

	private final AuditLog audit;

	ThrottledSignIn(ConsoleUsers users, Accounts accounts, SignInThrottle throttle, AuditLog audit) {
		this.passwords = new DaoAuthenticationProvider(users);
		this.passwords.setPasswordEncoder(accounts.encoder());
		this.throttle = throttle;
		this.audit = audit;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = String.valueOf(authentication.getName()).trim().toLowerCase(Locale.ROOT);
		String address = (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : "?";
		if (this.throttle.blocked(username, address)) {
			this.audit.record(username, "SIGN_IN_THROTTLED", null, null, null, address);
			throw new LockedException("throttled");
		}
		try {
			UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(username,
					authentication.getCredentials());
			attempt.setDetails(authentication.getDetails());
			Authentication done = this.passwords.authenticate(attempt);
			this.throttle.succeeded(username);
			this.audit.record(username, "SIGN_IN", null, null, null, address);
			return done;
		}
		catch (BadCredentialsException ex) {
			this.throttle.failed(username, address);
			this.audit.record(username, "SIGN_IN_FAILED", null, null, null, address);
			throw ex;
		}
		catch (AuthenticationException ex) {
			this.audit.record(username, "SIGN_IN_REFUSED", null, null, ex.getClass().getSimpleName(), address);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
