package vn.qms.stats.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import vn.qms.stats.ingest.annotate.Annotator;
import vn.qms.stats.ingest.annotate.Annotation;
import vn.qms.stats.system.io.FileNames;
import vn.qms.stats.system.io.FileHash;
import vn.qms.stats.system.text.OneLine;

/**
 * Step {@code fileOutcome}: moves the file to {@code processed/}, {@code rejected/} or,
 * for an approved key, {@code held/} beside it (unless the {@code keep} parameter is
 * true) and writes its result files next to it, and for a rejected workbook its annotated
 * copy; records a held file (and releases an earlier holding of the same file). A file
 * that changed while it was read (still being written) is left alone. Only the file that
 * was read is filed: its SHA-256 is checked again right before the move, and a file
 * changed (overwritten, truncated) since is left in the input folder for the next poll to
 * read, a file renamed or removed meanwhile is not looked for; either way the result
 * files go to that folder alone, under the name the file had, with a note saying so,
 * never into the input folder. A name already taken there (by a file or by result files)
 * gets a time stamp, so earlier files and results stay. Safe to restart: a file that an
 * interrupted run already moved is found again instead of being looked for in the input
 * folder.
 */
class FileOutcomeTasklet implements Tasklet {

	private static final Log logger = LogFactory.getLog(FileOutcomeTasklet.class);

	/** The note of a result whose file was changed after it was read. */
	static final String CHANGED_AFTER_READ = "ingest.file.changed.after.read";

	/** The note of a result whose file was renamed or removed after it was read. */
	static final String GONE_AFTER_READ = "ingest.file.gone.after.read";

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	/** As long as the longest time stamp {@link #freeName} adds, extension included. */
	private static final String STAMP_ROOM = "_yyyyMMdd-HHmmss-999.xxxxxxxxxx";

	private final Annotator annotatedCopy;

	private final IngestVerdicts verdicts;

	private final HeldFileRecords held;

	private final Hash hash;

	/**
	 * How a file's SHA-256 is taken: by a parsing worker in the product
	 * ({@code ParseWorkers}), where the JVM's compiled intrinsic hashes a 60 MB log in
	 * about 0.1 s (this process, compiled by C1 only for a quick start, takes 0.45 s).
	 */
	@FunctionalInterface
	interface Hash {

		String sha256(Path file) throws IOException;

	}

	/** Hashing files in this process (tests). */
	FileOutcomeTasklet(Annotator annotatedCopy, IngestVerdicts verdicts, HeldFileRecords held) {
		this(annotatedCopy, FileHash::sha256, verdicts, held);
	}

	FileOutcomeTasklet(Annotator annotatedCopy, Hash hash, IngestVerdicts verdicts, HeldFileRecords held) {
		this.annotatedCopy = annotatedCopy;
		this.hash = hash;
		this.verdicts = verdicts;
		this.held = held;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		JobExecution job = contribution.getStepExecution().getJobExecution();
		long instance = job.getJobInstance().getId();
		// saved by the step that judged the file, in this execution or an earlier one
		ResultDocument result = ResultDocument.parse(this.verdicts.find(instance).orElseThrow());
		IngestVerdict verdict = result.verdict();
		if (verdict.outcome() == IngestVerdict.Outcome.CHANGING) {
			// still being written: it stays where it is, to be read once complete
			return RepeatStatus.FINISHED;
		}
		Path finalPlace = verdict.file();
		Annotation annotation = Annotation.none();
		boolean filed = true;
		if (!Boolean.parseBoolean(job.getJobParameters().getString("keep", "false"))) {
			boolean rejected = verdict.outcome() == IngestVerdict.Outcome.REJECTED;
			Path folder = OutcomeFolders.create(OutcomeFolders.beside(finalPlace, folderOf(verdict.outcome())));
			Path from = finalPlace;
			Optional<Path> placed = place(finalPlace, folder, result.sha256());
			if (placed.isPresent()) {
				finalPlace = placed.get();
				verdict = verdict.movedTo(finalPlace);
				if (rejected) {
					// never changes the verdict: a failure is a note in the result files
					annotation = this.annotatedCopy.write(finalPlace, verdict.problems());
				}
				leaveHeld(from, folder);
			}
			else {
				// not the file that was read: its result alone, in the folder it would
				// have gone to
				filed = false;
				String name = from.getFileName().toString();
				boolean gone = !Files.exists(from, LinkOption.NOFOLLOW_LINKS);
				verdict = verdict.noting(Problem.warning(gone ? GONE_AFTER_READ : CHANGED_AFTER_READ).inFile(name));
				finalPlace = freeName(folder, name);
				logger.warn(OneLine.escape(from + (gone ? " was renamed or removed" : " was changed")
						+ " after it was read: not filed; the result of what was read (" + verdict.outcome()
						+ ") is in " + ResultFiles.text(finalPlace)
						+ (gone ? "" : "; its new content stays in place, to be read by the next poll")));
			}
		}
		ResultDocument moved = ResultDocument.of(verdict, result.sha256());
		ResultFiles.write(finalPlace, moved, annotation);
		if (filed) {
			this.held.record(verdict, result.sha256(), finalPlace);
		}
		this.verdicts.save(instance, moved.json());
		return RepeatStatus.FINISHED;
	}

	private static String folderOf(IngestVerdict.Outcome outcome) {
		return switch (outcome) {
			case REJECTED -> OutcomeFolders.REJECTED;
			case HELD -> OutcomeFolders.HELD;
			default -> OutcomeFolders.PROCESSED;
		};
	}

	/**
	 * A held file that has now gone elsewhere leaves no result files in {@code held/}
	 * saying that it is held.
	 */
	private static void leaveHeld(Path from, Path folder) throws IOException {
		Path held = from.getParent();
		if (held != null && held.getFileName() != null && OutcomeFolders.HELD.equals(held.getFileName().toString())
				&& !held.equals(folder)) {
			Files.deleteIfExists(ResultFiles.json(from));
			Files.deleteIfExists(ResultFiles.text(from));
		}
	}

	/**
	 * Moves the file into the folder if it is still the file that was read (the same
	 * SHA-256); if it is not there as read, the copy an interrupted run of this job moved
	 * there (same content, no result file yet); else empty: changed since it was read
	 * (left in place, for the next poll to read its new content), or renamed or removed.
	 */
	private Optional<Path> place(Path file, Path folder, String sha256) throws IOException {
		if (folder.equals(file.getParent())) {
			// held again where it was held
			return Optional.of(file);
		}
		try {
			if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && sha256.equals(this.hash.sha256(file))) {
				return Optional.of(Files.move(file, freeName(folder, file.getFileName().toString())));
			}
		}
		catch (NoSuchFileException ex) {
			// renamed or removed while it was hashed or moved: gone, as if before
		}
		return movedEarlier(folder, file.getFileName().toString(), sha256);
	}

	private Optional<Path> movedEarlier(Path folder, String name, String sha256) throws IOException {
		String extension = FileNames.extension(name);
		// what any name it was moved under starts with, a time stamp having shortened it
		// or not
		String base = FileNames.kept(name.substring(0, name.length() - extension.length()), STAMP_ROOM);
		List<Path> candidates;
		try (Stream<Path> files = Files.list(folder)) {
			candidates = files.filter((path) -> {
				String candidate = path.getFileName().toString();
				return candidate.startsWith(base) && candidate.endsWith(extension)
						&& Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)
						&& !Files.exists(ResultFiles.json(path), LinkOption.NOFOLLOW_LINKS);
			}).sorted().toList();
		}
		for (Path candidate : candidates) {
			if (sha256.equals(this.hash.sha256(candidate))) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

	/**
	 * The name, or, when taken (by a file or by the result files of one), the name with a
	 * time stamp before its extension, shortened if the stamp would make it too long for
	 * the file system.
	 */
	private static Path freeName(Path folder, String name) {
		Path target = folder.resolve(name);
		if (!taken(target)) {
			return target;
		}
		String extension = FileNames.extension(name);
		String base = name.substring(0, name.length() - extension.length());
		String stamp = LocalDateTime.now().format(STAMP);
		for (int n = 1;; n++) {
			target = folder.resolve(FileNames.fit(base, "_" + stamp + ((n > 1) ? "-" + n : "") + extension));
			if (!taken(target)) {
				return target;
			}
		}
	}

	private static boolean taken(Path target) {
		// results alone, of a file that was not filed: kept, as a file would be
		return Files.exists(target, LinkOption.NOFOLLOW_LINKS)
				|| Files.isRegularFile(ResultFiles.json(target), LinkOption.NOFOLLOW_LINKS);
	}

}
