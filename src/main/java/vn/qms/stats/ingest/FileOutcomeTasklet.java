package vn.qms.stats.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import vn.qms.stats.ingest.annotate.Annotator;
import vn.qms.stats.ingest.annotate.Annotation;
import vn.qms.stats.system.io.FileNames;
import vn.qms.stats.system.io.FileHash;

/**
 * Step {@code fileOutcome}: moves the file to {@code processed/}, {@code rejected/} or,
 * for an approved key, {@code held/} beside it (unless the {@code keep} parameter is
 * true) and writes its result files next to it, and for a rejected workbook its annotated
 * copy; records a held file (and releases an earlier holding of the same file). A file
 * that changed while it was read (still being written) is left alone. A name already
 * taken there gets a time stamp, so earlier files stay. Safe to restart: a file that an
 * interrupted run already moved is found again instead of being looked for in the input
 * folder.
 */
class FileOutcomeTasklet implements Tasklet {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	/** As long as the longest time stamp {@link #freeName} adds, extension included. */
	private static final String STAMP_ROOM = "_yyyyMMdd-HHmmss-999.xxxxxxxxxx";

	private final Annotator annotatedCopy;

	private final IngestVerdicts verdicts;

	private final HeldFileRecords held;

	FileOutcomeTasklet(Annotator annotatedCopy, IngestVerdicts verdicts, HeldFileRecords held) {
		this.annotatedCopy = annotatedCopy;
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
		if (!Boolean.parseBoolean(job.getJobParameters().getString("keep", "false"))) {
			boolean rejected = verdict.outcome() == IngestVerdict.Outcome.REJECTED;
			Path folder = OutcomeFolders.create(OutcomeFolders.beside(finalPlace, folderOf(verdict.outcome())));
			Path from = finalPlace;
			finalPlace = place(finalPlace, folder, result.sha256());
			verdict = verdict.movedTo(finalPlace);
			if (rejected) {
				// never changes the verdict: a failure is a note in the result files
				annotation = this.annotatedCopy.write(finalPlace, verdict.problems());
			}
			leaveHeld(from, folder);
		}
		ResultDocument moved = ResultDocument.of(verdict, result.sha256());
		ResultFiles.write(finalPlace, moved, annotation);
		this.held.record(verdict, result.sha256(), finalPlace);
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
	 * Moves the file into the folder; if it is gone, the copy an interrupted run of this
	 * job moved there (same content, no result file yet), else its old place.
	 */
	private static Path place(Path file, Path folder, String sha256) throws IOException {
		if (folder.equals(file.getParent())) {
			// held again where it was held
			return file;
		}
		if (Files.exists(file)) {
			return Files.move(file, freeName(folder, file.getFileName().toString()));
		}
		return movedEarlier(folder, file.getFileName().toString(), sha256).orElse(file);
	}

	static Optional<Path> movedEarlier(Path folder, String name, String sha256) throws IOException {
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
			if (sha256.equals(FileHash.sha256(candidate))) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

	/**
	 * The name, or, when taken, the name with a time stamp before its extension,
	 * shortened if the stamp would make it too long for the file system.
	 */
	private static Path freeName(Path folder, String name) {
		Path target = folder.resolve(name);
		if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
			return target;
		}
		String extension = FileNames.extension(name);
		String base = name.substring(0, name.length() - extension.length());
		String stamp = LocalDateTime.now().format(STAMP);
		for (int n = 1;; n++) {
			target = folder.resolve(FileNames.fit(base, "_" + stamp + ((n > 1) ? "-" + n : "") + extension));
			if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
				return target;
			}
		}
	}

}
