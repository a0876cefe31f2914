package vn.qms.stats.ingest.sheet;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import vn.qms.stats.ingest.Problem;
import vn.qms.stats.ingest.form.FormDefinition;

/**
 * The one engine that reads every form: converts legacy TCVN3/VNI text, finds the title
 * block, the header row of a known form, skips a column-number row, reads data rows up to
 * an empty or footer row, and checks total rows. Reads rows as they stream and stops at
 * the end of the data, or at a row or problem limit.
 */
public final class SheetReader {

	private final List<HeaderMatcher> matchers;

	public SheetReader(List<FormDefinition> forms) {
		this.matchers = forms.stream().map(HeaderMatcher::new).toList();
	}

	public ParsedSheet read(String sheet, Stream<SourceRow> rows) {
		return read(sheet, rows, RowLimit.none());
	}

	public ParsedSheet read(String sheet, Stream<SourceRow> rows, RowLimit limit) {
		return read(sheet, rows, limit, ProblemLimit.none());
	}

	/**
	 * Reads at most as many data rows as the file's limit has left; at the row beyond it
	 * reading stops with an error {@link RowLimit#TOO_MANY_ROWS}. Likewise lists at most
	 * as many problems as the file's problem limit has left; at the problem beyond it
	 * reading stops with an error {@link ProblemLimit#TOO_MANY_PROBLEMS}.
	 */
	public ParsedSheet read(String sheet, Stream<SourceRow> rows, RowLimit limit, ProblemLimit problems) {
		SheetParse parse = new SheetParse(sheet, this.matchers, limit, problems);
		LegacyCells legacy = new LegacyCells();
		Iterator<SourceRow> iterator = rows.iterator();
		while (iterator.hasNext() && !parse.done()) {
			parse.accept(legacy.decode(iterator.next()));
		}
		ParsedSheet parsed = parse.finish();
		if (!parsed.cutShort() && !problems.passed()) {
			// the rows below the end of the data pass unread, their numbers checked by
			// the
			// source as they pass: a row stored there out of order belongs above
			// (RowNumbers)
			while (iterator.hasNext()) {
				iterator.next();
			}
		}
		return legacy.warning().map((warning) -> withFirst(parsed, warning.inSheet(sheet))).orElse(parsed);
	}

	private static ParsedSheet withFirst(ParsedSheet sheet, Problem problem) {
		List<Problem> problems = new ArrayList<>();
		problems.add(problem);
		problems.addAll(sheet.problems());
		return new ParsedSheet(sheet.sheet(), sheet.form(), sheet.title(), sheet.headers(), sheet.rows(),
				List.copyOf(problems));
	}

}
