package vn.qms.stats.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.MetaDataInstanceFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import vn.qms.stats.ingest.annotate.AnnotatedCopy;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Step {@code fileOutcome} puts a file where its verdict says, except one that changed
 * while it was read: that one is still being written and stays where it is.
 */
class FileOutcomeTaskletTests {

	@TempDir
	Path input;

	private final IngestVerdicts verdicts = verdicts();

	/** The verdicts' table alone, in a database of the test's own. */
	private static IngestVerdicts verdicts() {
		JdbcTemplate jdbc = new JdbcTemplate(
				new DriverManagerDataSource("jdbc:h2:mem:outcome-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1"));
		jdbc.execute("create table ingest_verdict (job_instance_id bigint not null, kind varchar(10) not null, "
				+ "document text not null, primary key (job_instance_id, kind))");
		return new IngestVerdicts(jdbc);
	}

	@Test
	void shouldLeaveAFileThatChangedWhileItWasReadWhereItIsWithoutResultFiles() throws Exception {
		// given a file the guard saw change while it was read
		Path file = Files.writeString(this.input.resolve("bo-nganh.csv"), "Mã đơn vị,Tên đơn vị\n");
		Problem changing = Problem.error(LoadSubmissionTasklet.CHANGING).inFile("bo-nganh.csv");
		IngestVerdict verdict = new IngestVerdict(file, IngestVerdict.Outcome.CHANGING, null, null, null, 0,
				List.of(changing), null);
		StepExecution step = fileOutcomeAfter(file, verdict);
		// when
		new FileOutcomeTasklet(new AnnotatedCopy(), this.verdicts).execute(new StepContribution(step), null);
		// then
		assertThat(file).exists();
		try (var files = Files.list(this.input)) {
			assertThat(files).containsExactly(file);
		}
		IngestVerdict told = ResultDocument.parse(this.verdicts.find(1L).orElseThrow()).verdict();
		assertThat(told.outcome()).isEqualTo(IngestVerdict.Outcome.CHANGING);
		assertThat(told.line(Locale.ENGLISH)).startsWith("NOT READ (still being written, left in place) bo-nganh.csv")
			.contains("The file changed while it was being read", "it was left where it is, unread");
	}

	@Test
	void shouldMoveARejectedFileToRejectedWithItsResultFiles() throws Exception {
		// given a file rejected for its content
		Path file = Files.writeString(this.input.resolve("bo-nganh.csv"), "Mã đơn vị,Tên đơn vị\n");
		Problem noForm = Problem.error("ingest.file.no.form").inFile("bo-nganh.csv");
		IngestVerdict verdict = new IngestVerdict(file, IngestVerdict.Outcome.REJECTED, null, null, null, 0,
				List.of(noForm), null);
		StepExecution step = fileOutcomeAfter(file, verdict);
		// when
		new FileOutcomeTasklet(new AnnotatedCopy(), this.verdicts).execute(new StepContribution(step), null);
		// then
		assertThat(file).doesNotExist();
		assertThat(this.input.resolve("rejected").resolve("bo-nganh.csv")).exists();
		assertThat(this.input.resolve("rejected").resolve("bo-nganh.csv.result.txt")).exists();
	}

	@Test
	void shouldStampALongNameAlreadyTakenInProcessedWithinTheLimitOfAFileSystem() throws Exception {
		// given a file of a 254-byte name, and an earlier file of that name in processed/
		String name = "Danh sách cơ quan áp dụng ISO ".repeat(7) + "2026.xlsx";
		assertThat(name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isEqualTo(254);
		Path earlier = Files.writeString(Files.createDirectories(this.input.resolve("processed")).resolve(name), "1");
		Path file = Files.writeString(this.input.resolve(name), "Mã đơn vị,Tên đơn vị\n");
		IngestVerdict verdict = new IngestVerdict(file, IngestVerdict.Outcome.ACCEPTED, "BM01", "91", "2026-Q3", 1,
				List.of(), null);
		StepExecution step = fileOutcomeAfter(file, verdict);
		// when
		new FileOutcomeTasklet(new AnnotatedCopy(), this.verdicts).execute(new StepContribution(step), null);
		// then the new file and its result files sit beside the earlier one, every name
		// fits
		assertThat(file).doesNotExist();
		assertThat(earlier).hasContent("1");
		try (var files = Files.list(this.input.resolve("processed"))) {
			List<String> names = files.map((path) -> path.getFileName().toString()).toList();
			assertThat(names).hasSize(4)
				.allSatisfy((each) -> assertThat(each.getBytes(java.nio.charset.StandardCharsets.UTF_8))
					.hasSizeLessThanOrEqualTo(255))
				.allSatisfy((each) -> assertThat(each).startsWith("Danh sách cơ quan áp dụng ISO"));
			assertThat(names).filteredOn((each) -> each.endsWith(".xlsx.result.txt")).hasSize(1);
		}
	}

	@Test
	void shouldWriteNothingThroughARejectedFolderThatIsASymbolicLink() throws Exception {
		// given rejected/ links to a folder elsewhere
		Path elsewhere = Files.createDirectories(this.input.resolve("..").resolve("elsewhere-" + System.nanoTime()));
		Files.createSymbolicLink(this.input.resolve("rejected"), elsewhere);
		Path file = Files.writeString(this.input.resolve("bo-nganh.csv"), "Mã đơn vị,Tên đơn vị\n");
		Problem noForm = Problem.error("ingest.file.no.form").inFile("bo-nganh.csv");
		IngestVerdict verdict = new IngestVerdict(file, IngestVerdict.Outcome.REJECTED, null, null, null, 0,
				List.of(noForm), null);
		StepExecution step = fileOutcomeAfter(file, verdict);
		// when
		try {
			new FileOutcomeTasklet(new AnnotatedCopy(), this.verdicts).execute(new StepContribution(step), null);
		}
		catch (java.io.IOException ex) {
			// refused: the step fails and the file stays for a later run
		}
		// then
		assertThat(file).exists();
		try (var files = Files.list(elsewhere)) {
			assertThat(files).isEmpty();
		}
		Files.delete(elsewhere);
	}

	/** The fileOutcome step of a run whose loadSubmission step gave this verdict. */
	private StepExecution fileOutcomeAfter(Path file, IngestVerdict verdict) {
		JobExecution job = MetaDataInstanceFactory.createJobExecution("ingestJob", 1L, 1L,
				new JobParametersBuilder().addString("file", file.toString())
					.addString("sha256", "0".repeat(64))
					.addString("keep", "false")
					.toJobParameters());
		this.verdicts.save(job.getJobInstance().getId(), ResultDocument.of(verdict, "0".repeat(64)).json());
		return MetaDataInstanceFactory.createStepExecution(job, "fileOutcome", 2L);
	}

}
