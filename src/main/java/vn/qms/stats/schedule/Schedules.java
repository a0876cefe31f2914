package vn.qms.stats.schedule;

import java.text.ParseException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TimeZone;

import org.quartz.CronExpression;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;

import org.springframework.stereotype.Component;

import vn.qms.stats.system.ScheduleProperties;

/**
 * The Quartz jobs and cron triggers of {@code qms.schedule}, stored in the database. A
 * trigger whose cron is unchanged is left alone, so a misfire waiting in it survives a
 * restart; several instances may register at once.
 */
@Component
class Schedules {

	static final JobKey POLL = JobKey.jobKey("poll-input", "qms");

	static final String REPORTS = "qms-reports";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final ScheduleProperties properties;

	Schedules(ScheduleProperties properties) {
		this.properties = properties;
	}

	/**
	 * Registers the schedules; another instance registering at the same moment makes one
	 * of the two try again, and then find the rows there.
	 */
	void register(Scheduler scheduler) throws SchedulerException, InterruptedException {
		for (int attempt = 1;; attempt++) {
			try {
				registerOnce(scheduler);
				return;
			}
			catch (SchedulerException ex) {
				if (attempt == 5) {
					throw ex;
				}
				Thread.sleep(200L * attempt);
			}
		}
	}

	/** Registers the poll and the reports; removes reports no longer configured. */
	private void registerOnce(Scheduler scheduler) throws SchedulerException {
		JobDetail poll = JobBuilder.newJob(PollInputJob.class)
			.withIdentity(POLL)
			.withDescription("Ingest the ready files of the input folder")
			.storeDurably()
			.requestRecovery()
			.build();
		// poll: a missed poll is not made up; the next one finds every waiting file
		store(scheduler, poll,
				CronScheduleBuilder.cronSchedule(this.properties.poll())
					.inTimeZone(timeZone())
					.withMisfireHandlingInstructionDoNothing());
		Set<JobKey> configured = new HashSet<>();
		for (ScheduleProperties.Report report : this.properties.reports()) {
			JobDetail job = reportJob(report);
			configured.add(job.getKey());
			// report: one missed due date or more is rendered once, as soon as possible
			store(scheduler, job,
					CronScheduleBuilder.cronSchedule(report.cron())
						.inTimeZone(timeZone())
						.withMisfireHandlingInstructionFireAndProceed());
		}
		for (JobKey key : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(REPORTS))) {
			if (!configured.contains(key)) {
				scheduler.deleteJob(key);
			}
		}
	}

	/** One line per schedule: name, cron, next fire time. */
	List<String> describe(Scheduler scheduler) throws SchedulerException {
		List<String> lines = new ArrayList<>();
		List<JobKey> keys = new ArrayList<>(List.of(POLL));
		keys.addAll(scheduler.getJobKeys(GroupMatcher.jobGroupEquals(REPORTS)).stream().sorted().toList());
		for (JobKey key : keys) {
			for (Trigger trigger : scheduler.getTriggersOfJob(key)) {
				if (trigger instanceof CronTrigger cron) {
					String next = (cron.getNextFireTime() != null)
							? TIME.format(cron.getNextFireTime().toInstant().atZone(cron.getTimeZone().toZoneId()))
							: "never";
					lines.add(key.getName() + " '" + cron.getCronExpression() + "' next " + next);
				}
			}
		}
		return lines;
	}

	static CronExpression cron(CronTrigger trigger) {
		try {
			CronExpression expression = new CronExpression(trigger.getCronExpression());
			expression.setTimeZone(trigger.getTimeZone());
			return expression;
		}
		catch (ParseException ex) {
			throw new IllegalStateException("Bad cron expression in the database: " + trigger.getCronExpression(), ex);
		}
	}

	private JobDetail reportJob(ScheduleProperties.Report report) {
		return JobBuilder.newJob(ReportFireJob.class)
			.withIdentity(report.name().replace(' ', '_'), REPORTS)
			.withDescription("Render " + report.name())
			.usingJobData(ReportFireJob.KIND, report.kind())
			.usingJobData(ReportFireJob.UNIT, report.unit())
			.usingJobData(ReportFireJob.PERIOD, report.period())
			.usingJobData(ReportFireJob.FORMATS, String.join(",", report.formats()))
			.storeDurably()
			.requestRecovery()
			.build();
	}

	private static void store(Scheduler scheduler, JobDetail job, CronScheduleBuilder schedule)
			throws SchedulerException {
		scheduler.addJob(job, true);
		TriggerKey key = TriggerKey.triggerKey(job.getKey().getName(), job.getKey().getGroup());
		Trigger trigger = TriggerBuilder.newTrigger().withIdentity(key).forJob(job).withSchedule(schedule).build();
		Trigger existing = scheduler.getTrigger(key);
		if (existing == null) {
			try {
				scheduler.scheduleJob(trigger);
			}
			catch (ObjectAlreadyExistsException ex) {
				// another instance registered it at the same moment
			}
		}
		else if (!sameSchedule(existing, (CronTrigger) trigger)) {
			scheduler.rescheduleJob(key, trigger);
		}
	}

	private static boolean sameSchedule(Trigger existing, CronTrigger wanted) {
		return existing instanceof CronTrigger cron && cron.getCronExpression().equals(wanted.getCronExpression())
				&& Objects.equals(cron.getTimeZone().getID(), wanted.getTimeZone().getID())
				&& cron.getMisfireInstruction() == wanted.getMisfireInstruction();
	}

	private TimeZone timeZone() {
		String zone = this.properties.timeZone();
		return (zone == null || zone.isBlank()) ? TimeZone.getDefault() : TimeZone.getTimeZone(zone);
	}

}
