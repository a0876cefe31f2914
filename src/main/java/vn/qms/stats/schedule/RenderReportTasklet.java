package vn.qms.stats.schedule;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import vn.qms.stats.reference.CutOffRule;
import vn.qms.stats.reference.Period;
import vn.qms.stats.report.ReportFormat;
import vn.qms.stats.system.QmsProperties;

/**
 * Step {@code renderReport}: renders {@code report} ({@code KIND UNIT PERIOD}) into
 * {@code out}; the files written are its write count.
 */
class RenderReportTasklet implements Tasklet {

	static final String REPORT = "report";

	static final String DUE = "due";

	static final String FORMATS = "formats";

	static final String OUT = "out";

	private static final Log logger = LogFactory.getLog(RenderReportTasklet.class);

	private final ScheduledReports reports;

	private final QmsProperties properties;

	RenderReportTasklet(ScheduledReports reports, QmsProperties properties) {
		this.reports = reports;
		this.properties = properties;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		JobParameters parameters = contribution.getStepExecution().getJobExecution().getJobParameters();
		String[] report = parameters.getString(REPORT).split(" ");
		Period period = Period.parse(report[2]).orElseThrow();
		ReportRequest request = new ReportRequest(report[1], period, CutOffRule.of(this.properties.cutOffRule()),
				Locale.forLanguageTag(this.properties.language()), formats(parameters.getString(FORMATS, "pdf,xlsx")),
				Path.of(parameters.getString(OUT)));
		long started = System.nanoTime();
		List<Path> files = this.reports.get(report[0]).render(request);
		contribution.incrementWriteCount(files.size());
		logger.info("Report " + parameters.getString(REPORT) + " (due " + parameters.getString(DUE) + "): "
				+ String.join(", ", files.stream().map(Path::toString).toList()) + " in "
				+ (System.nanoTime() - started) / 1_000_000 + " ms");
		return RepeatStatus.FINISHED;
	}

	static Set<ReportFormat> formats(String list) {
		Set<ReportFormat> formats = EnumSet.noneOf(ReportFormat.class);
		Arrays.stream(list.split(","))
			.map(String::trim)
			.filter((format) -> !format.isEmpty())
			.forEach((format) -> formats.add(ReportFormat.valueOf(format.toUpperCase(Locale.ROOT))));
		return formats;
	}

}
