package vn.qms.stats.report;

/**
 * A report could not be filled or exported (a template or font defect, never bad input).
 */
public class ReportException extends RuntimeException {

	public ReportException(String message, Throwable cause) {
		super(message, cause);
	}

}
