package vn.qms.stats.report;

import java.util.List;
import java.util.Optional;

import vn.qms.stats.metrics.Branch;
import vn.qms.stats.metrics.Figure;

/**
 * Finds a figure in a model's list by id and branch.
 */
final class FigureLookup {

	private FigureLookup() {
	}

	/** The figure with this id for this branch; for ALL, the only one will do. */
	static Optional<Figure> find(List<Figure> figures, String id, Branch branch) {
		List<Figure> withId = figures.stream().filter((figure) -> figure.id().equals(id)).toList();
		Optional<Figure> exact = withId.stream().filter((figure) -> figure.branch() == branch).findFirst();
		if (exact.isPresent() || branch != Branch.ALL || withId.size() != 1) {
			return exact;
		}
		return Optional.of(withId.get(0));
	}

	static Optional<Figure> find(List<Figure> figures, String id) {
		return find(figures, id, Branch.ALL);
	}

}
