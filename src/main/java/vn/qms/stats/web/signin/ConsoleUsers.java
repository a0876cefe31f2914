package vn.qms.stats.web.signin;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import vn.qms.stats.account.Account;
import vn.qms.stats.account.Accounts;

/** Sign-in reads accounts from {@code app_user}; a disabled account cannot sign in. */
@Component
class ConsoleUsers implements UserDetailsService {

	private final Accounts accounts;

	ConsoleUsers(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		Account account = this.accounts.find(username).orElseThrow(() -> new UsernameNotFoundException(username));
		String hash = this.accounts.passwordHash(username).orElse("{noop}-disabled-");
		return new ConsoleUser(account, hash);
	}

}
