package vn.qms.stats.schedule;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A kind of report the schedule can render ({@code review}, ...). Adding a kind is one
 * {@code @Component} implementing this; {@code qms.schedule.reports[].kind} names it.
 */
public interface ScheduledReport {

	/** The kind, as in {@code report KIND} and the file names. */
	String kind();

	/** Renders the report (atomically) and returns the files written. */
	List<Path> render(ReportRequest request) throws IOException;

}
