package vn.qms.stats.schedule;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import vn.qms.stats.reference.CutOffRule;
import vn.qms.stats.reference.Period;
import vn.qms.stats.system.QmsProperties;
import vn.qms.stats.system.ScheduleProperties;

/**
 * Renders a scheduled report for a due date through {@code reportJob}: once per report
 * and due date; a run of a dead instance is recovered and restarted.
 */
@Component
class ReportRunner {

	private static final Log logger = LogFactory.getLog(ReportRunner.class);

	private final JobOperator jobOperator;

	private final Job reportJob;

	private final DeadRuns deadRuns;

	private final QmsProperties properties;

	ReportRunner(JobOperator jobOperator, @Qualifier(ReportJobConfiguration.JOB_NAME) Job reportJob, DeadRuns deadRuns,
			QmsProperties properties) {
		this.jobOperator = jobOperator;
		this.reportJob = reportJob;
		this.deadRuns = deadRuns;
		this.properties = properties;
	}

	void render(ScheduleProperties.Report report, Instant due, ZoneId zone, boolean recovering) throws Exception {
		CutOffRule rule = CutOffRule.of(this.properties.cutOffRule());
		Period period = PeriodExpression.resolve(report.period(), due.atZone(zone).toLocalDate(), rule);
		String subject = report.kind() + " " + report.unit() + " " + period.code();
		JobParameters parameters = new JobParametersBuilder().addString(RenderReportTasklet.REPORT, subject, true)
			.addString(RenderReportTasklet.DUE, due.toString(), true)
			.addString(RenderReportTasklet.FORMATS, String.join(",", report.formats()), false)
			.addString(RenderReportTasklet.OUT, this.properties.output().toAbsolutePath().toString(), false)
			.toJobParameters();
		if (recovering) {
			this.deadRuns.recover(ReportJobConfiguration.JOB_NAME,
					Map.of(RenderReportTasklet.REPORT, subject, RenderReportTasklet.DUE, due.toString()), subject);
		}
		try {
			JobExecution execution = this.jobOperator.start(this.reportJob, parameters);
			if (execution.getStatus().isUnsuccessful()) {
				logger.warn("Report " + subject + " (due " + due + ") failed: " + execution.getAllFailureExceptions()
						+ "; see `jobs --failed`, `jobs restart " + execution.getId() + "`");
			}
		}
		catch (JobInstanceAlreadyCompleteException ex) {
			logger.info("Report " + subject + " (due " + due + ") was already rendered");
		}
	}

}
