package vn.qms.stats.web.signin;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

import vn.qms.stats.account.Account;

/** A signed-in account: Spring Security's user with the product's account behind it. */
public class ConsoleUser extends User {

	private final Account account;

	private final LocalDateTime signedInAt = LocalDateTime.now();

	ConsoleUser(Account account, String passwordHash) {
		super(account.username(), passwordHash, account.enabled(), true, true, true,
				List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name())));
		this.account = account;
	}

	public Account account() {
		return this.account;
	}

	/** When the account was read to sign in (before its password was checked). */
	LocalDateTime signedInAt() {
		return this.signedInAt;
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
