package vn.qms.stats.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step {@code fileOutcome}: moves the file to {@code processed/} or {@code rejected/}
 * beside it (unless the {@code keep} parameter is true) and writes its result files next
 * to it. A name already taken there gets a time stamp, so earlier files stay.
 */
class FileOutcomeTasklet implements Tasklet {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		JobExecution job = contribution.getStepExecution().getJobExecution();
		ResultDocument result = ResultDocument
			.parse(job.getExecutionContext().getString(LoadSubmissionTasklet.VERDICT));
		IngestVerdict verdict = result.verdict();
		Path file = verdict.file();
		Path finalPlace = file;
		if (!Boolean.parseBoolean(job.getJobParameters().getString("keep", "false")) && Files.exists(file)) {
			boolean rejected = verdict.outcome() == IngestVerdict.Outcome.REJECTED;
			Path folder = Files.createDirectories(file.resolveSibling(rejected ? "rejected" : "processed"));
			finalPlace = Files.move(file, freeName(folder, file.getFileName().toString()));
			verdict = verdict.movedTo(finalPlace);
		}
		ResultDocument moved = ResultDocument.of(verdict, result.sha256());
		ResultFiles.write(finalPlace, moved);
		job.getExecutionContext().putString(LoadSubmissionTasklet.VERDICT, moved.json());
		return RepeatStatus.FINISHED;
	}

	private static Path freeName(Path folder, String name) {
		Path target = folder.resolve(name);
		if (!Files.exists(target)) {
			return target;
		}
		int dot = name.lastIndexOf('.');
		String base = (dot > 0) ? name.substring(0, dot) : name;
		String extension = (dot > 0) ? name.substring(dot) : "";
		String stamp = LocalDateTime.now().format(STAMP);
		for (int n = 1;; n++) {
			target = folder.resolve(base + "_" + stamp + ((n > 1) ? "-" + n : "") + extension);
			if (!Files.exists(target)) {
				return target;
			}
		}
	}

}
