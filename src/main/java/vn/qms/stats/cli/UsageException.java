package vn.qms.stats.cli;

/**
 * A command line that parses but does not make sense (exit status 2).
 */
class UsageException extends RuntimeException {

	UsageException(String message) {
		super(message);
	}

}
