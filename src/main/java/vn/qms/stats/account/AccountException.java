package vn.qms.stats.account;

/**
 * An account operation that cannot be done, with a message for the person who asked
 * (Vietnamese / English).
 */
public class AccountException extends RuntimeException {

	public AccountException(String message) {
		super(message);
	}

}
