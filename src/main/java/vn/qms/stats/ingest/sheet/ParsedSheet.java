package vn.qms.stats.ingest.sheet;

import java.util.List;
import java.util.Map;

import vn.qms.stats.ingest.Problem;
import vn.qms.stats.ingest.form.Column;
import vn.qms.stats.ingest.form.FormDefinition;

/**
 * What one sheet holds: the form recognised (null if none), its title block, the header
 * cells by column key, the data rows and the problems found while reading them.
 */
public record ParsedSheet(String sheet, FormDefinition form, TitleBlock title, Map<String, HeaderCell> headers,
		List<ParsedRow> rows, List<Problem> problems) {

	/** Where a recognised column sits, and its header text as written. */
	public record HeaderCell(Column column, int index, String text) {
	}

	public boolean recognised() {
		return this.form != null;
	}

	/** Whether reading stopped at the file's row limit, so that rows are missing. */
	public boolean cutShort() {
		return this.problems.stream().anyMatch((problem) -> RowLimit.TOO_MANY_ROWS.equals(problem.messageKey()));
	}

	/**
	 * The problems of the title block, the header and the sheet as a whole, not of a data
	 * row.
	 */
	public List<Problem> problemsAboveTheData() {
		return this.problems.stream()
			.filter((problem) -> problem.messageKey().startsWith("ingest.header.")
					|| problem.messageKey().startsWith("ingest.sheet.")
					|| problem.messageKey().startsWith("ingest.title."))
			.toList();
	}

}
