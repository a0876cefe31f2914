package vn.qms.stats.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.qms.stats.report.DocumentRows.Layout;
import vn.qms.stats.report.IngestModel.IngestedFile;
import vn.qms.stats.report.IngestModel.ListedProblem;
import vn.qms.stats.report.IngestModel.Outcome;

/**
 * The ingestion report as rows: one section per period (files whose period was not
 * recognised last), each with its counts and one row per file, under it its counts and
 * its first problems (errors first), pointing to its result file for the rest.
 */
final class IngestRows {

	static final String REPORT = "ingest";

	/** Characters of a cell value or header shown. */
	private static final int MAX_VALUE = 80;

	private IngestRows() {
	}

	static ReportDocument of(IngestModel model, ReportText text) {
		DocumentRows rows = new DocumentRows();
		Map<String, List<IngestedFile>> byPeriod = new LinkedHashMap<>();
		model.files()
			.stream()
			.filter((file) -> file.period() != null)
			.forEach((file) -> byPeriod.computeIfAbsent(file.period(), (key) -> new ArrayList<>()).add(file));
		List<IngestedFile> unknown = model.files().stream().filter((file) -> file.period() == null).toList();
		for (List<IngestedFile> files : byPeriod.values()) {
			String label = (files.get(0).periodLabel() != null) ? files.get(0).periodLabel() : files.get(0).period();
			addPeriod(rows, text.format("ingest.section.period", label), files, text);
		}
		if (!unknown.isEmpty() || byPeriod.isEmpty()) {
			addPeriod(rows, text.get("ingest.section.unknown"), unknown, text);
		}
		return new ReportDocument(REPORT, model.unitCode(), model.periodCode(), model.unitName(), model.periodLabel(),
				model.place(), model.issuedOn(), null, rows.rows());
	}

	private static void addPeriod(DocumentRows rows, String heading, List<IngestedFile> files, ReportText text) {
		rows.section(heading);
		NumberStyle style = text.style();
		rows.line("- " + text.format("ingest.line.summary", style.count(BigDecimal.valueOf(files.size())),
				count(files, Outcome.ACCEPTED, style), count(files, Outcome.DUPLICATE, style),
				count(files, Outcome.REJECTED, style)), null);
		if (files.isEmpty()) {
			return;
		}
		rows.table(Layout.FILES,
				text.line()
					.text(text.get("column.no"))
					.text(text.get("column.file"))
					.text(text.get("column.form"))
					.text(text.get("column.unit"))
					.text(text.get("column.receivedAt"))
					.text(text.get("column.verdict"))
					.xlsx(text.get("column.rows")));
		int no = 0;
		for (IngestedFile file : files) {
			rows.row(text.line()
				.text(Integer.toString(++no))
				.text(file.fileName())
				.text((file.form() != null) ? file.form() : NumberStyle.NOT_APPLICABLE)
				.text(unit(file))
				.text(StatusRows.when(file.receivedAt()))
				.text(text.get("outcome." + file.outcome().name()))
				.count(file.rows()));
			rows.subRow(text.format("ingest.rows", style.count(BigDecimal.valueOf(file.rows())),
					style.count(BigDecimal.valueOf(file.errors())), style.count(BigDecimal.valueOf(file.warnings()))));
			addProblems(rows, file, text);
		}
	}

	/**
	 * When a duplicate was first ingested; the problems listed for the file, one line
	 * each, and how many more its result file lists: a file may have ten thousand.
	 */
	private static void addProblems(DocumentRows rows, IngestedFile file, ReportText text) {
		if (file.earlier() != null) {
			rows.subRow(file.earlier());
		}
		for (ListedProblem problem : file.problems()) {
			rows.subRow(describe(problem, text));
		}
		if (file.unlisted() > 0) {
			rows.subRow(text.format("ingest.problems.more", text.style().count(BigDecimal.valueOf(file.unlisted())),
					file.resultFile()));
		}
	}

	/** {@code [LỖI] trang tính “X”, dòng 7, cột D (Ngày), giá trị “…”: message}. */
	static String describe(ListedProblem problem, ReportText text) {
		List<String> where = new ArrayList<>();
		if (problem.sheet() != null) {
			where.add(text.format("ingest.where.sheet", problem.sheet()));
		}
		if (problem.row() != null) {
			where.add(text.format("ingest.where.row", Integer.toString(problem.row())));
		}
		if (problem.column() != null) {
			String header = (problem.header() != null) ? " (" + shortened(problem.header()) + ")" : "";
			where.add(text.format("ingest.where.column", problem.column() + header));
		}
		if (problem.value() != null) {
			where.add(text.format("ingest.where.value", shortened(problem.value())));
		}
		String severity = text.get(problem.error() ? "ingest.severity.error" : "ingest.severity.warning");
		return severity + " " + (where.isEmpty() ? "" : String.join(", ", where) + ": ") + problem.message();
	}

	/** A cell may hold a page of text: the report shows its start. */
	private static String shortened(String text) {
		return (text.length() <= MAX_VALUE) ? text : text.substring(0, MAX_VALUE - 1) + "…";
	}

	private static String unit(IngestedFile file) {
		if (file.unitCode() == null) {
			return NumberStyle.NOT_APPLICABLE;
		}
		return (file.unitName() != null) ? file.unitName() + " (" + file.unitCode() + ")" : file.unitCode();
	}

	private static String count(List<IngestedFile> files, Outcome outcome, NumberStyle style) {
		return style.count(BigDecimal.valueOf(files.stream().filter((file) -> file.outcome() == outcome).count()));
	}

}
