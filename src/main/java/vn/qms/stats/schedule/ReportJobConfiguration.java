package vn.qms.stats.schedule;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.DefaultJobParametersValidator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import vn.qms.stats.system.QmsProperties;

/**
 * {@code reportJob}: one scheduled report for one due date, identified by the report
 * ({@code review VN 2020}) and the due date, so a due report is rendered once, and a run
 * interrupted by a crash restarts as the same instance.
 */
@Configuration(proxyBeanMethods = false)
class ReportJobConfiguration {

	static final String JOB_NAME = "reportJob";

	@Bean
	Job reportJob(JobRepository jobRepository, Step renderReport) {
		DefaultJobParametersValidator parameters = new DefaultJobParametersValidator(
				new String[] { RenderReportTasklet.REPORT, RenderReportTasklet.DUE },
				new String[] { RenderReportTasklet.FORMATS, RenderReportTasklet.OUT });
		return new JobBuilder(JOB_NAME, jobRepository).validator(parameters).start(renderReport).build();
	}

	// step 1: render the report into the output folder (temporary file, then move)

	@Bean
	Step renderReport(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ScheduledReports reports, QmsProperties properties) {
		return new StepBuilder("renderReport", jobRepository)
			.tasklet(new RenderReportTasklet(reports, properties), transactionManager)
			.build();
	}

}
