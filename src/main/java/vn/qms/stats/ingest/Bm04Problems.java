package vn.qms.stats.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import vn.qms.stats.ingest.bulk.Bm04Swap;

/**
 * The problems of the bad rows of a BM04 file on the streaming path, as the verdict lists
 * them: errors when the file is rejected; when it is accepted, warnings followed by one
 * {@code ingest.row.skipped} per row, as {@link BadRowTolerance} lists them. At most the
 * first {@link Bm04Swap#MAX_LISTED} in row order: the counts of the verdict cover them
 * all.
 */
final class Bm04Problems {

	private Bm04Problems() {
	}

	static List<Problem> of(List<Bm04Swap.Recorded> recorded, List<Bm04Swap.Duplicate> duplicates,
			Bm04Route.Bm04Context context, String file, boolean skipped) {
		// in row order: none beyond the first MAX_LISTED can be listed
		List<Bm04Swap.Duplicate> listed = duplicates.subList(0, Math.min(duplicates.size(), Bm04Swap.MAX_LISTED));
		List<Problem> problems = new ArrayList<>(recorded.size() + listed.size());
		for (Bm04Swap.Recorded found : recorded) {
			Problem problem = skipped ? Problem.warning(found.messageKey(), found.arguments().toArray())
					: Problem.error(found.messageKey(), found.arguments().toArray());
			problem = problem.inFile(file).inSheet(context.sheet());
			problems.add((found.column() >= 0) ? problem.at(found.row(), found.column(), found.header(), found.value())
					: problem.atRow(found.row()));
		}
		for (Bm04Swap.Duplicate duplicate : listed) {
			Problem problem = skipped ? Problem.warning("ingest.rule.duplicate", duplicate.firstRow())
					: Problem.error("ingest.rule.duplicate", duplicate.firstRow());
			problem = problem.inFile(file).inSheet(context.sheet());
			problems.add((context.dossierColumn() >= 0) ? problem.at(duplicate.row(), context.dossierColumn(),
					context.dossierHeader(), duplicate.dossierCode()) : problem.atRow(duplicate.row()));
		}
		problems.sort(Comparator.comparing(Problem::row));
		if (problems.size() > Bm04Swap.MAX_LISTED) {
			problems.subList(Bm04Swap.MAX_LISTED, problems.size()).clear();
		}
		if (skipped) {
			problems.stream()
				.map(Problem::row)
				.distinct()
				.toList()
				.forEach((row) -> problems
					.add(Problem.warning("ingest.row.skipped").inFile(file).inSheet(context.sheet()).atRow(row)));
		}
		return problems;
	}

}
