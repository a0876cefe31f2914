package vn.qms.stats.ingest;

import java.util.Optional;

/** A broken rule: the problem and the column key of the cell it is shown at. */
record RuleFinding(Problem problem, String key) {

	static Optional<RuleFinding> of(Problem problem, String key) {
		return Optional.of(new RuleFinding(problem, key));
	}

	/** The same finding as a warning. */
	RuleFinding asWarning() {
		Problem p = this.problem;
		return new RuleFinding(new Problem(Problem.Severity.WARNING, p.file(), p.sheet(), p.row(), p.column(),
				p.header(), p.value(), p.messageKey(), p.arguments()), this.key);
	}

}
