package vn.qms.stats.ingest.bulk;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.springframework.aop.scope.ScopedProxyUtils;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import vn.qms.stats.ingest.IngestJobConfiguration;
import vn.qms.stats.ingest.SubmissionLocks;
import vn.qms.stats.ingest.SwapBm04Tasklet;
import vn.qms.stats.reference.CutOffRule;
import vn.qms.stats.reference.Period;
import vn.qms.stats.reference.calendar.WorkingCalendar;
import vn.qms.stats.system.QmsProperties;

/**
 * The steps of the BM04 streaming path, for {@code ingestJob} to route BM04 workbooks to:
 * {@code loadBm04} reads and stages the rows in chunks (restartable), {@code swapBm04}
 * makes them a submission.
 */
@Configuration(proxyBeanMethods = false)
class Bm04BulkConfiguration {

	/**
	 * Blocks per chunk ({@value Bm04ItemReader#BLOCK} rows each): 20,000 rows, a commit
	 * and a COPY each; a few MB of rows in memory.
	 */
	static final int CHUNK = 20;

	// step: read, validate and stage the rows, a chunk per transaction

	@Bean
	Step loadBm04(JobRepository jobRepository, PlatformTransactionManager transactionManager, Bm04ItemReader bm04Reader,
			Bm04StagingWriter bm04Writer) {
		return new StepBuilder("loadBm04", jobRepository).<Bm04Block, Bm04Block>chunk(CHUNK)
			.transactionManager(transactionManager)
			.reader(bm04Reader)
			.writer(bm04Writer)
			.build();
	}

	// step: duplicates, tolerance, submission and rows swapped in, in one transaction

	@Bean
	Step swapBm04(JobRepository jobRepository, PlatformTransactionManager transactionManager, DataSource dataSource,
			@Value("${qms.ingest.bm04-max-error-rate:0.001}") double bm04MaxErrorRate, Bm04Tally bm04Tally,
			ObjectProvider<SubmissionLocks> locks, WorkingCalendar calendar) {
		return new StepBuilder("swapBm04", jobRepository)
			.tasklet(new SwapBm04Tasklet(dataSource, bm04MaxErrorRate, bm04Tally, IngestJobConfiguration.locks(locks),
					calendar), transactionManager)
			.build();
	}

	/**
	 * The log's summary, counted by the load and written by the swap of the same job
	 * execution, for the end of the log's period.
	 */
	@Bean
	@JobScope
	Bm04Tally bm04Tally(@Value("#{jobExecutionContext['bm04.period']}") String period, QmsProperties properties) {
		CutOffRule rule = CutOffRule.of(properties.cutOffRule());
		return new Bm04Tally((period != null)
				? Period.parse(period).map((known) -> known.end(rule).plusDays(1).atStartOfDay()).orElse(null) : null);
	}

	/**
	 * The staging of the step, which counts each row into the job execution's tally: the
	 * tally itself, not its scoped proxy, through which every call would look the bean up
	 * again (a million rows, a million look-ups).
	 */
	@Bean
	@StepScope
	Bm04Staging bm04Staging(DataSource dataSource, WorkingCalendar calendar,
			@Value("#{stepExecution.jobExecution.jobInstance.id}") long jobInstanceId,
			@Value("#{jobExecutionContext['bm04.sheetName'] ?: 'BM04'}") String sheetName, BeanFactory beans) {
		Bm04Tally tally = beans.getBean(ScopedProxyUtils.getTargetBeanName("bm04Tally"), Bm04Tally.class);
		Bm04Staging staging = new Bm04Staging(dataSource, jobInstanceId, sheetName, new Bm04Days(calendar), tally);
		staging.prepare();
		return staging;
	}

	@Bean
	@StepScope
	Bm04ItemReader bm04Reader(@Value("#{jobParameters['file']}") String file,
			@Value("#{jobExecutionContext['bm04.sheet'] ?: 0}") int sheet, Bm04Staging bm04Staging,
			Bm04Reading reading) {
		return Bm04ItemReader.builder()
			.name("bm04Reader")
			.file(Path.of(file))
			.sheet(sheet)
			.reading(reading)
			.staging(bm04Staging)
			.build();
	}

	@Bean
	@StepScope
	Bm04StagingWriter bm04Writer(Bm04Staging bm04Staging) {
		return new Bm04StagingWriter(bm04Staging);
	}

}
