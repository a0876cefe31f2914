package vn.qms.stats.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.qms.stats.ingest.worker.ParseWorkers;
import vn.qms.stats.ingest.worker.WorkerCrash;
import vn.qms.stats.system.IngestProperties;
import vn.qms.stats.system.io.HardLinks;
import vn.qms.stats.system.text.OneLine;

/**
 * Ingests files now, through {@code ingestJob}: the entry point of the {@code ingest}
 * command and of the input-folder schedule. Never throws for bad input: every file gets a
 * verdict.
 */
@Component
public class Ingestor {

	private static final Log logger = LogFactory.getLog(Ingestor.class);

	private static final Set<String> SPREADSHEETS = Set.of("xlsx", "xlsm", "xls", "csv");

	private static final int MAX_RESTARTS = 3;

	/**
	 * The job parameter (not identifying) naming the {@code serve} instance that runs a
	 * console upload, so that a run it leaves marked running when it dies is told from
	 * one a live instance is doing.
	 */
	public static final String OWNER = "owner";

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job ingestJob;

	private final StableFiles stableFiles;

	private final Duration waitForStable;

	private final IngestVerdicts verdicts;

	private final ParseWorkers workers;

	Ingestor(JobOperator jobOperator, JobRepository jobRepository,
			@Qualifier(IngestJobConfiguration.JOB_NAME) Job ingestJob, IngestProperties properties, JdbcTemplate jdbc,
			ParseWorkers workers) {
		this.verdicts = new IngestVerdicts(jdbc);
		this.workers = workers;
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.ingestJob = ingestJob;
		this.stableFiles = new StableFiles(properties.stableFor());
		this.waitForStable = properties.waitForStable();
	}

	/**
	 * Ingests one file; unless {@code keep}, moves it to processed/ or rejected/. A
	 * symbolic link is never followed: neither one given as the file (refused unread) nor
	 * a processed/ or rejected/ that is one (the file is refused unread and stays); one
	 * that is not a folder fails the move (FAILED, the file stays). A file with other
	 * names (hard links, {@link HardLinks}) is refused unread and stays, as a symbolic
	 * link: it may be a second name of a file its sender may not read.
	 */
	public IngestVerdict ingest(Path file, boolean keep) {
		return ingest(file, keep, null);
	}

	/**
	 * As {@link #ingest(Path, boolean)}, for a sender who may only report for
	 * {@code onlyUnit} (an agency's account in the web console): a file whose title block
	 * names another reporting unit is rejected with that reason, nothing stored. Null:
	 * any unit.
	 */
	public IngestVerdict ingest(Path file, boolean keep, String onlyUnit) {
		return ingest(file, keep, onlyUnit, null);
	}

	/**
	 * As {@link #ingest(Path, boolean, String)}, the run recording the instance that does
	 * it as its {@value #OWNER} parameter (null: none).
	 */
	public IngestVerdict ingest(Path file, boolean keep, String onlyUnit, String owner) {
		Path absolute = file.toAbsolutePath().normalize();
		String name = absolute.getFileName().toString();
		if (Files.isSymbolicLink(absolute)) {
			return IngestVerdict.rejected(absolute, Problem.error("ingest.file.symlink").inFile(name));
		}
		Optional<String> linked = keep ? Optional.empty() : OutcomeFolders.linked(absolute);
		if (linked.isPresent()) {
			return IngestVerdict.rejected(absolute,
					Problem.error("ingest.folder.symlink", linked.get() + "/").inFile(name));
		}
		if (!Files.isRegularFile(absolute, LinkOption.NOFOLLOW_LINKS)) {
			return IngestVerdict.rejected(absolute,
					Problem.error("ingest.file.missing", absolute).inFile(absolute.getFileName().toString()));
		}
		// before anything renames it: a second name of another's file is left as it is
		IngestVerdict hardLinked = refusedIfHardLinked(absolute);
		if (hardLinked != null) {
			return hardLinked;
		}
		if (!ReadableNames.isText(absolute)) {
			if (keep) {
				return IngestVerdict.rejected(absolute, Problem.error("ingest.file.name.not.text").inFile(name));
			}
			try {
				absolute = ReadableNames.of(absolute);
			}
			catch (IOException ex) {
				return IngestVerdict.rejected(absolute,
						Problem.error("ingest.file.name.not.text").inFile(name + " (" + ex.getMessage() + ")"));
			}
		}
		// again right before its first read: a name can be added to it at any time
		hardLinked = refusedIfHardLinked(absolute);
		if (hardLinked != null) {
			return hardLinked;
		}
		String sha256;
		try {
			sha256 = this.workers.sha256(absolute);
		}
		catch (IOException ex) {
			return IngestVerdict.rejected(absolute,
					Problem.error("ingest.file.unreadable", ex.getMessage()).inFile(absolute.getFileName().toString()));
		}
		return run(absolute, sha256, keep, onlyUnit, owner);
	}

	/**
	 * Ingests files, and the spreadsheet files of folders (not their sub-folders, so not
	 * processed/ and rejected/), in name order, as the command line asks: a file still
	 * being written is waited for ({@code qms.ingest.stable-for}), all files together at
	 * most {@code qms.ingest.wait-for-stable}; one still changing then is left in place,
	 * unread ({@link IngestVerdict.Outcome#CHANGING}).
	 */
	public List<IngestVerdict> ingestAll(List<Path> filesOrFolders, boolean keep) {
		return ingestAll(filesOrFolders, keep, (verdict, took) -> {
		});
	}

	/**
	 * As {@link #ingestAll(List, boolean)}, telling {@code each} every verdict as it
	 * comes, with how long the file took.
	 */
	public List<IngestVerdict> ingestAll(List<Path> filesOrFolders, boolean keep,
			BiConsumer<IngestVerdict, Duration> each) {
		long deadline = System.nanoTime() + this.waitForStable.toNanos();
		// a worker starts while the files settle
		this.workers.warmUp();
		List<IngestVerdict> verdicts = new ArrayList<>();
		for (Path path : filesOrFolders) {
			for (Path file : expand(path)) {
				long started = System.nanoTime();
				IngestVerdict verdict = this.stableFiles.await(file, deadline) ? ingest(file, keep)
						: IngestVerdict.changing(file.toAbsolutePath().normalize(), this.waitForStable);
				verdicts.add(verdict);
				each.accept(verdict, Duration.ofNanos(System.nanoTime() - started));
			}
		}
		return verdicts;
	}

	private IngestVerdict run(Path file, String sha256, boolean keep, String onlyUnit, String owner) {
		JobExecution execution;
		try {
			execution = start(file, sha256, keep, onlyUnit, owner);
			if (execution.getStatus() == BatchStatus.FAILED && crashedAWorker(execution)) {
				// a parsing worker killed from outside: not the file's fault, read on
				logger.warn("A parsing worker crashed reading " + file + "; restarting the run once");
				execution = this.jobOperator.restart(execution);
			}
		}
		catch (JobExecutionAlreadyRunningException ex) {
			String runs = runningFor(file);
			logger.warn(OneLine
				.escape("ingestJob could not start for " + file + ": job execution " + runs + " is marked running"));
			return IngestVerdict.failed(file, Problem.error("ingest.job.running", runs));
		}
		catch (Exception ex) {
			logger.warn("ingestJob could not start for " + OneLine.escape(file), ex);
			return IngestVerdict.failed(file, String.valueOf(ex.getMessage()));
		}
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			String reason = execution.getAllFailureExceptions()
				.stream()
				.findFirst()
				.map((ex) -> ex.getClass().getSimpleName() + ": " + ex.getMessage())
				.orElse(execution.getExitStatus().getExitDescription());
			logger.warn(OneLine.escape("ingestJob failed for " + file + ": " + reason));
			return IngestVerdict.failed(file, reason);
		}
		return this.verdicts.find(execution.getJobInstance().getId())
			.map((result) -> ResultDocument.parse(result).verdict())
			.orElseGet(() -> IngestVerdict.failed(file, "no verdict"));
	}

	/**
	 * The latest run of the file marked running: another run under way, or one that ended
	 * without finishing (its process stopped).
	 */
	private String runningFor(Path file) {
		return this.jobRepository.findRunningJobExecutions(IngestJobConfiguration.JOB_NAME)
			.stream()
			.filter((execution) -> file.toString().equals(execution.getJobParameters().getString("file")))
			.map(JobExecution::getId)
			.max(Long::compare)
			.map(String::valueOf)
			.orElse("?");
	}

	private static boolean crashedAWorker(JobExecution execution) {
		for (Throwable failure : execution.getAllFailureExceptions()) {
			for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
				if (cause instanceof WorkerCrash) {
					return true;
				}
			}
		}
		return false;
	}

	/** Runs the job; the same file again (already completed) is a new attempt. */
	private JobExecution start(Path file, String sha256, boolean keep, String onlyUnit, String owner) throws Exception {
		for (long attempt = 1;; attempt++) {
			JobParametersBuilder builder = new JobParametersBuilder().addString("file", file.toString(), true)
				.addString("sha256", sha256, true)
				.addLong("attempt", attempt, true)
				.addString("keep", Boolean.toString(keep), false);
			if (onlyUnit != null) {
				builder.addString(SenderUnit.PARAMETER, onlyUnit, false);
			}
			if (owner != null) {
				builder.addString(OWNER, owner, false);
			}
			JobParameters parameters = builder.toJobParameters();
			if (failedTooOften(parameters)) {
				continue;
			}
			try {
				return this.jobOperator.start(this.ingestJob, parameters);
			}
			catch (JobInstanceAlreadyCompleteException ex) {
				// ran before: try the next attempt number
			}
		}
	}

	/**
	 * A run that failed {@value #MAX_RESTARTS} times for a lasting reason is left in the
	 * history and the file gets a fresh attempt, so dropping it again can always clear
	 * it.
	 */
	private boolean failedTooOften(JobParameters parameters) {
		JobInstance instance = this.jobRepository.getJobInstance(IngestJobConfiguration.JOB_NAME, parameters);
		if (instance == null) {
			return false;
		}
		List<JobExecution> executions = this.jobRepository.getJobExecutions(instance);
		// no execution at all: a crash between creating the instance and its first run
		return executions.isEmpty() || (executions.size() >= MAX_RESTARTS
				&& executions.stream().allMatch((execution) -> execution.getStatus().isUnsuccessful()));
	}

	private static List<Path> expand(Path path) {
		if (!Files.isDirectory(path)) {
			return List.of(path);
		}
		try (Stream<Path> files = Files.list(path)) {
			// a link is listed, to be refused with a verdict, never followed
			return files
				.filter((file) -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(file))
				.filter(Ingestor::isSpreadsheet)
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			return List.of(path);
		}
	}

	private static boolean isSpreadsheet(Path file) {
		String name = file.getFileName().toString();
		if (name.startsWith(".") || name.startsWith("~$") || name.endsWith(".part")) {
			return false;
		}
		int dot = name.lastIndexOf('.');
		return dot > 0 && SPREADSHEETS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
	}

	/**
	 * The verdict on a file with other names (hard links, {@link HardLinks}): refused
	 * unread and left where it is; null if it has one name.
	 */
	private static IngestVerdict refusedIfHardLinked(Path file) {
		try {
			if (!HardLinks.hasOtherNames(file)) {
				return null;
			}
			return IngestVerdict.rejected(file,
					Problem.error("ingest.file.hardlink").inFile(file.getFileName().toString()));
		}
		catch (IOException ex) {
			return IngestVerdict.rejected(file,
					Problem.error("ingest.file.unreadable", ex.getMessage()).inFile(file.getFileName().toString()));
		}
	}

}
