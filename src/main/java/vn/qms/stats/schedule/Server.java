package vn.qms.stats.schedule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import vn.qms.stats.system.QmsProperties;
import vn.qms.stats.system.ScheduleProperties;

/**
 * {@code serve}: registers the schedules, starts Quartz, polls once at start (files
 * dropped while the server was down), then runs until {@link #stop()}, and stops cleanly:
 * the file in hand and running reports are finished.
 */
@Component
public class Server {

	private static final Log logger = LogFactory.getLog(Server.class);

	private final Scheduler scheduler;

	private final Schedules schedules;

	private final Inbox inbox;

	private final ScheduledReports reports;

	private final QmsProperties properties;

	private final ScheduleProperties schedule;

	private final Environment environment;

	private final CountDownLatch stop = new CountDownLatch(1);

	Server(Scheduler scheduler, Schedules schedules, Inbox inbox, ScheduledReports reports, QmsProperties properties,
			ScheduleProperties schedule, Environment environment) {
		this.scheduler = scheduler;
		this.schedules = schedules;
		this.inbox = inbox;
		this.reports = reports;
		this.properties = properties;
		this.schedule = schedule;
		this.environment = environment;
	}

	/**
	 * Runs until {@link #stop()}; throws if the configuration or a folder is unusable.
	 */
	public void run() throws SchedulerException, IOException, InterruptedException {
		this.schedule.reports().forEach((report) -> this.reports.get(report.kind()));
		List<String> folders = folders();
		OutputFolder.removeStaleTemporaryFiles(this.properties.output(), this.schedule.claimTimeout());
		this.schedules.register(this.scheduler);
		this.scheduler.start();
		this.scheduler.triggerJob(Schedules.POLL);
		logger.info("serve: database " + databaseUrl() + "; instance " + this.scheduler.getSchedulerInstanceId() + "; "
				+ String.join("; ", folders) + "; schedules: "
				+ String.join("; ", this.schedules.describe(this.scheduler)));
		this.stop.await();
		logger.info("serve: stopping (finishing the file and reports in hand)");
		this.inbox.stop();
		this.scheduler.shutdown(true);
		logger.info("serve: stopped");
	}

	/** Asks {@link #run()} to stop; returns at once. */
	public void stop() {
		this.stop.countDown();
	}

	private List<String> folders() throws IOException {
		Path input = this.inbox.folder();
		List<String> lines = new ArrayList<>();
		lines.add("input " + writable(input) + ", processed/ " + writable(input.resolve("processed")) + ", rejected/ "
				+ writable(input.resolve("rejected")));
		lines.add("output " + writable(this.properties.output().toAbsolutePath().normalize()));
		return lines;
	}

	private static String writable(Path folder) throws IOException {
		Files.createDirectories(folder);
		if (!Files.isWritable(folder)) {
			throw new IOException("Folder not writable: " + folder);
		}
		return folder + " (writable)";
	}

	/** The database URL without any password in it. */
	private String databaseUrl() {
		String url = this.environment.getProperty("spring.datasource.url", "?");
		return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
	}

}
