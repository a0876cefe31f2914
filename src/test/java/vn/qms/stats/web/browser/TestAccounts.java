package vn.qms.stats.web.browser;

import vn.qms.stats.account.Accounts;
import vn.qms.stats.account.Role;

/** The accounts the browser tests sign in with, made as {@code users add} makes them. */
final class TestAccounts {

	/**
	 * Every test account's password (at least {@link Accounts#MIN_PASSWORD} characters).
	 */
	static final String PASSWORD = "mat-khau-thu-2026";

	private TestAccounts() {
	}

	/** Adds the account unless it is there already; answers its name. */
	static String ensure(Accounts accounts, String username, Role role, String unitCode) {
		if (accounts.find(username).isEmpty()) {
			accounts.add(username, role, unitCode, PASSWORD.toCharArray());
		}
		return username;
	}

}
