package vn.qms.stats.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.qms.stats.report.DocumentRows.Layout;
import vn.qms.stats.report.IngestModel.IngestedFile;
import vn.qms.stats.report.IngestModel.Outcome;

/**
 * The ingestion report as rows: one section per period (files whose period was not
 * recognised last), each with its counts and one row per file, the reasons of a rejected
 * file under it.
 */
final class IngestRows {

	static final String REPORT = "ingest";

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
			String detail = text.format("ingest.rows", style.count(BigDecimal.valueOf(file.rows())),
					style.count(BigDecimal.valueOf(file.warnings())));
			if (!file.reasons().isEmpty()) {
				detail = detail + ". " + text.format("ingest.reasons", String.join("; ", file.reasons()));
			}
			rows.subRow(detail);
		}
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
