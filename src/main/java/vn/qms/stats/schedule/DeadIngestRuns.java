package vn.qms.stats.schedule;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import vn.qms.stats.ingest.Ingestor;

/**
 * Runs of {@code ingestJob} for one file outside the input folder (a console upload) left
 * marked running by the {@code serve} instance that was reading it when it died (killed,
 * power cut): told from a live instance's run by the {@link Ingestor#OWNER} parameter,
 * marked FAILED ({@link DeadRuns}) so that reading the file again restarts the run, its
 * completed steps skipped, nothing counted twice. A run without an owner (started before
 * owners were recorded) is taken for dead.
 */
@Component
public class DeadIngestRuns {

	private static final String INGEST_JOB = "ingestJob";

	private final DeadRuns deadRuns;

	private final ClusterMembers cluster;

	private final JobRepository jobRepository;

	DeadIngestRuns(DeadRuns deadRuns, ClusterMembers cluster, JobRepository jobRepository) {
		this.deadRuns = deadRuns;
		this.cluster = cluster;
		this.jobRepository = jobRepository;
	}

	/** This instance, as the owner of the runs it starts. */
	public String me() {
		return this.cluster.me();
	}

	/** Whether the instance is this one, or another that still checks in. */
	public boolean isAlive(String owner) {
		return owner.equals(me()) || this.cluster.isAlive(owner);
	}

	/**
	 * Marks FAILED the runs of the file marked running whose instance is dead.
	 * @param subject what the log calls the file
	 * @return what was found
	 */
	public Found recover(Path file, String subject) {
		Map<String, String> parameters = Map.of("file", file.toString());
		Optional<String> live = Optional.empty();
		boolean dead = false;
		for (long id : this.deadRuns.running(INGEST_JOB, parameters)) {
			JobExecution execution = this.jobRepository.getJobExecution(id);
			String owner = (execution != null) ? execution.getJobParameters().getString(Ingestor.OWNER) : null;
			if (owner != null && isAlive(owner)) {
				live = Optional.of(owner);
			}
			else {
				dead = true;
			}
		}
		if (live.isPresent() || !dead) {
			return new Found(List.of(), live);
		}
		return new Found(new ArrayList<>(this.deadRuns.recover(INGEST_JOB, parameters, subject)), Optional.empty());
	}

	/** Restarts a recovered run (its completed steps are skipped); false if it cannot. */
	public boolean restart(JobExecution execution) {
		return this.deadRuns.restart(execution);
	}

	/**
	 * The runs of a file marked running.
	 *
	 * @param recovered those of dead instances, now marked FAILED, oldest first
	 * @param liveOwner the instance still running one, which is left to it
	 */
	public record Found(List<JobExecution> recovered, Optional<String> liveOwner) {

		public Found {
			recovered = List.copyOf(recovered);
		}

		/** The latest recovered run, to restart when the file has already been moved. */
		public Optional<JobExecution> latest() {
			return this.recovered.isEmpty() ? Optional.empty()
					: Optional.of(this.recovered.get(this.recovered.size() - 1));
		}

	}

}
