package vn.qms.stats.web.submit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDateTime;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.qms.stats.account.Role;
import vn.qms.stats.ingest.samples.SampleWorkbooks;
import vn.qms.stats.schedule.DeadIngestRuns;
import vn.qms.stats.system.QmsStatsApplication;
import vn.qms.stats.system.io.FileHash;
import vn.qms.stats.web.TestConsole;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A console upload being read when {@code serve} was killed: at the next start its run,
 * left marked running by the dead instance, is marked failed and the upload is read
 * again, to its real verdict, stored once; never "system error". A run a live instance is
 * doing is left to it.
 */
@SpringBootTest(classes = QmsStatsApplication.class, webEnvironment = WebEnvironment.MOCK,
		properties = TestConsole.SERVLET)
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext
class UploadAfterCrashIntegrationTests {

	private static final TestConsole console = new TestConsole();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@DynamicPropertySource
	static void console(DynamicPropertyRegistry registry) {
		console.register(registry);
	}

	@BeforeAll
	void accounts() {
		TestConsole.account(this.context, "admin", Role.ADMIN, null);
	}

	@AfterAll
	void close() {
		console.close();
	}

	@Test
	void shouldReadAnUploadAgainWhoseRunDiedWithItsInstanceAndStoreItOnce() throws Exception {
		// given an upload being read when its instance was killed: still RUNNING, its
		// run still STARTED, owned by an instance that no longer checks in
		Path staged = staged("crash");
		long upload = upload(staged);
		JobExecution dead = runMarkedRunning(staged, "dead-host1700000000000");
		// when serve starts again
		this.context.getBean(UploadQueue.class).resume();
		// then the upload gets its real verdict, the file its place, the data is stored
		// once
		String outcome = TestConsole.awaitUpload(this.mvc, TestConsole.as(this.context, "admin"), upload);
		assertThat(outcome).isEqualTo("ACCEPTED");
		assertThat(staged.resolveSibling("processed").resolve(staged.getFileName())).isRegularFile();
		JdbcTemplate jdbc = this.context.getBean(JdbcTemplate.class);
		assertThat(jdbc.queryForObject("select count(*) from submission where file_sha256 = ?", Integer.class,
				FileHash.sha256(staged.resolveSibling("processed").resolve(staged.getFileName()))))
			.isEqualTo(1);
		// and the dead run is no longer marked running
		assertThat(status(dead)).isEqualTo("FAILED");
	}

	@Test
	void shouldLeaveAnUploadToTheLiveInstanceReadingIt() throws Exception {
		// given an upload this (live) instance is reading
		Path staged = staged("live");
		long upload = upload(staged);
		JobExecution running = runMarkedRunning(staged, this.context.getBean(DeadIngestRuns.class).me());
		// when
		this.context.getBean(UploadQueue.class).resume();
		// then its run is not touched, nor the upload given a verdict of system error
		assertThat(status(running)).isEqualTo("STARTED");
		assertThat(this.context.getBean(Uploads.class).find(upload).orElseThrow().status())
			.isEqualTo(Upload.Status.RUNNING);
		assertThat(staged).isRegularFile();
		// (the run is let go, as its instance would end it)
		running.setStatus(BatchStatus.FAILED);
		running.setEndTime(LocalDateTime.now());
		this.context.getBean(JobRepository.class).update(running);
		this.context.getBean(JdbcTemplate.class)
			.update("update console_upload set status = 'DONE', outcome = 'FAILED' where id = ?", upload);
	}

	@Test
	void shouldLeaveAnUploadAnotherLiveInstanceHasQueuedAndTakeOverOneWhoseInstanceDied() throws Exception {
		// given two uploads no run has started for yet: one queued by another instance
		// that still checks in, one by an instance that stopped checking in long ago
		JdbcTemplate jdbc = this.context.getBean(JdbcTemplate.class);
		String scheduler = this.context.getBean(org.quartz.Scheduler.class).getSchedulerName();
		jdbc.update(
				"insert into qrtz_scheduler_state (sched_name, instance_name, last_checkin_time, "
						+ "checkin_interval) values (?, 'other-host1', ?, 20000)",
				scheduler, System.currentTimeMillis());
		Path queuedElsewhere = staged("elsewhere");
		long elsewhere = upload(queuedElsewhere);
		Path queuedByDead = staged("dead-queue");
		long orphan = upload(queuedByDead);
		jdbc.update("update console_upload set status = 'QUEUED', owner = 'other-host1' where id = ?", elsewhere);
		jdbc.update("update console_upload set status = 'QUEUED', owner = 'gone-host1' where id = ?", orphan);
		// when this instance starts
		this.context.getBean(UploadQueue.class).resume();
		// then it reads the orphan to its verdict (the sample, stored before if another
		// test ran first, is then a duplicate), and owns it
		assertThat(TestConsole.awaitUpload(this.mvc, TestConsole.as(this.context, "admin"), orphan)).isIn("ACCEPTED",
				"DUPLICATE");
		assertThat(jdbc.queryForObject("select owner from console_upload where id = ?", String.class, orphan))
			.isEqualTo(this.context.getBean(DeadIngestRuns.class).me());
		// and leaves the other instance's upload queued, its file staged, for it to read
		assertThat(this.context.getBean(Uploads.class).find(elsewhere).orElseThrow().status())
			.isEqualTo(Upload.Status.QUEUED);
		assertThat(queuedElsewhere).isRegularFile();
		jdbc.update("update console_upload set status = 'DONE', outcome = 'FAILED' where id = ?", elsewhere);
		jdbc.update("delete from qrtz_scheduler_state where instance_name = 'other-host1'");
	}

	private static Path staged(String request) throws IOException {
		Path folder = Files.createDirectories(console.staging().resolve("20261207-194311-" + request));
		return Files.copy(Path.of("input-samples", SampleWorkbooks.AN_GIANG_BM01),
				folder.resolve(SampleWorkbooks.AN_GIANG_BM01));
	}

	private long upload(Path staged) throws IOException {
		JdbcTemplate jdbc = this.context.getBean(JdbcTemplate.class);
		jdbc.update(
				"insert into console_upload (username, sender_unit, file_name, path, size_bytes, status,"
						+ " received_at) values ('admin', null, ?, ?, ?, 'RUNNING', ?)",
				staged.getFileName().toString(), staged.toString(), Files.size(staged),
				Timestamp.valueOf(LocalDateTime.now()));
		return jdbc.queryForObject("select max(id) from console_upload", Long.class);
	}

	/** A run of the file's first attempt started by the instance, left STARTED. */
	private JobExecution runMarkedRunning(Path staged, String owner) throws IOException {
		JobRepository jobs = this.context.getBean(JobRepository.class);
		JobParameters parameters = new JobParametersBuilder().addString("file", staged.toString(), true)
			.addString("sha256", FileHash.sha256(staged), true)
			.addLong("attempt", 1L, true)
			.addString("keep", "false", false)
			.addString("owner", owner, false)
			.toJobParameters();
		JobInstance instance = jobs.createJobInstance("ingestJob", parameters);
		JobExecution running = jobs.createJobExecution(instance, parameters, new ExecutionContext());
		running.setStatus(BatchStatus.STARTED);
		running.setStartTime(LocalDateTime.now());
		jobs.update(running);
		return running;
	}

	private String status(JobExecution execution) {
		return this.context.getBean(JdbcTemplate.class)
			.queryForObject("select status from batch_job_execution where job_execution_id = ?", String.class,
					execution.getId());
	}

}
