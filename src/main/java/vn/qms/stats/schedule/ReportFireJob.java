package vn.qms.stats.schedule;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;

import org.quartz.CronTrigger;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.Scheduler;

import vn.qms.stats.system.ScheduleProperties;

/**
 * Quartz job of one scheduled report: works out the due date, hands over to
 * {@link ReportRunner}. One at a time per report across the cluster.
 */
@DisallowConcurrentExecution
public class ReportFireJob implements Job {

	static final String KIND = "kind";

	static final String UNIT = "unit";

	static final String PERIOD = "period";

	static final String FORMATS = "formats";

	private final ReportRunner runner;

	public ReportFireJob(ReportRunner runner) {
		this.runner = runner;
	}

	@Override
	public void execute(JobExecutionContext context) throws JobExecutionException {
		JobDataMap data = context.getMergedJobDataMap();
		ScheduleProperties.Report report = new ScheduleProperties.Report(data.getString(KIND), data.getString(UNIT),
				data.getString(PERIOD), null, Arrays.asList(data.getString(FORMATS).split(",")));
		ZoneId zone = ZoneId.systemDefault();
		Date due = context.getScheduledFireTime();
		if (context.isRecovering()
				&& data.containsKey(Scheduler.FAILED_JOB_ORIGINAL_TRIGGER_FIRETIME_IN_MILLISECONDS)) {
			due = new Date(
					Long.parseLong(data.getString(Scheduler.FAILED_JOB_ORIGINAL_TRIGGER_FIRETIME_IN_MILLISECONDS)));
		}
		if (context.getTrigger() instanceof CronTrigger cron) {
			zone = cron.getTimeZone().toZoneId();
			due = DueDate.of(Schedules.cron(cron), due);
		}
		try {
			this.runner.render(report, Instant.ofEpochMilli(due.getTime()), zone, context.isRecovering());
		}
		catch (Exception ex) {
			throw new JobExecutionException("Report " + report.name() + ": " + ex.getMessage(), ex, false);
		}
	}

}
