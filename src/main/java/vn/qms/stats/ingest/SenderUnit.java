package vn.qms.stats.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * The one unit a sender may report for (an agency's account in the web console), passed
 * to {@code ingestJob} as the parameter {@value #PARAMETER}: a file whose title block
 * names another reporting unit is rejected with that reason before anything is stored.
 */
final class SenderUnit {

	static final String PARAMETER = "sender-unit";

	private SenderUnit() {
	}

	/** The unit the run's sender is bound to, if any. */
	static Optional<String> of(JobParameters parameters) {
		return Optional.ofNullable(parameters.getString(PARAMETER));
	}

	/**
	 * The rejection of a file reported by {@code reportingUnit} when its sender may only
	 * report for {@code senderUnit}; empty when they agree (or the unit was not read).
	 */
	static Optional<IngestVerdict> check(Path file, String form, String reportingUnit, String period,
			Optional<String> senderUnit) {
		if (senderUnit.isEmpty() || reportingUnit == null) {
			return Optional.empty();
		}
		for (String unit : reportingUnit.split(",\\s*")) {
			if (!unit.equals(senderUnit.get())) {
				Problem problem = Problem.error("ingest.file.other-unit", unit, senderUnit.get())
					.inFile(file.getFileName().toString());
				return Optional.of(new IngestVerdict(file, IngestVerdict.Outcome.REJECTED, form, reportingUnit, period,
						0, List.of(problem), null));
			}
		}
		return Optional.empty();
	}

}
