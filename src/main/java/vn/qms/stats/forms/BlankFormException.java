package vn.qms.stats.forms;

/**
 * A blank form that cannot be made: an unknown form, or a unit that did not exist in the
 * period. The message is the user's to read, in Vietnamese then English.
 */
public class BlankFormException extends RuntimeException {

	BlankFormException(String message) {
		super(message);
	}

}
