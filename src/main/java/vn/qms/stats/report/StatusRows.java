package vn.qms.stats.report;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import vn.qms.stats.report.DocumentRows.Layout;
import vn.qms.stats.report.StatusModel.ExpectedUnit;
import vn.qms.stats.report.StatusModel.Submitted;

/**
 * The reporting status as rows: the summary, the units to chase, the units that submitted
 * with their forms, files and dates.
 */
final class StatusRows {

	static final String REPORT = "status";

	static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private StatusRows() {
	}

	static ReportDocument of(StatusModel model, ReportText text) {
		DocumentRows rows = new DocumentRows();
		List<ExpectedUnit> missing = model.units().stream().filter((unit) -> !unit.submitted()).toList();
		List<ExpectedUnit> received = model.units().stream().filter(ExpectedUnit::submitted).toList();
		BigDecimal done = BigDecimal.valueOf(received.size());
		BigDecimal expected = BigDecimal.valueOf(model.units().size());
		NumberStyle style = text.style();
		rows.section(text.get("status.section.summary"));
		rows.line("- " + text.format("status.line.received", style.rate(done, expected), style.counts(done, expected)),
				text.line().xlsx("").xlsx(text.get("status.label.received")).rate(done, expected));
		rows.line("- " + text.format("status.line.missing", style.count(BigDecimal.valueOf(missing.size()))), null);
		addMissing(rows, missing, text);
		addReceived(rows, received, text);
		return new ReportDocument(REPORT, model.unitCode(), model.periodCode(), model.unitName(), model.periodLabel(),
				model.place(), model.issuedOn(), null, rows.rows());
	}

	private static void addMissing(DocumentRows rows, List<ExpectedUnit> missing, ReportText text) {
		rows.section(text.get("status.section.missing"));
		if (missing.isEmpty()) {
			rows.note(text.get("section.none"));
			return;
		}
		rows.table(Layout.LIST,
				text.line()
					.text(text.get("column.no"))
					.text(text.get("column.unit"))
					.text(text.get("column.unitKind"))
					.text(text.get("column.lastReceived")));
		int no = 0;
		for (ExpectedUnit unit : missing) {
			rows.row(text.line()
				.text(Integer.toString(++no))
				.text(unit.name() + " (" + unit.code() + ")")
				.text(kind(unit, text))
				.text(when(unit.lastReceived())));
		}
	}

	private static void addReceived(DocumentRows rows, List<ExpectedUnit> received, ReportText text) {
		rows.section(text.get("status.section.received"));
		if (received.isEmpty()) {
			rows.note(text.get("section.none"));
			return;
		}
		rows.table(Layout.FILES,
				text.line()
					.text(text.get("column.no"))
					.text(text.get("column.unit"))
					.text(text.get("column.form"))
					.text(text.get("column.file"))
					.text(text.get("column.receivedAt"))
					.text(text.get("column.rows")));
		int no = 0;
		for (ExpectedUnit unit : received) {
			String number = Integer.toString(++no);
			String name = unit.name() + " (" + unit.code() + ")";
			for (Submitted submitted : unit.submissions()) {
				rows.row(text.line()
					.text(number)
					.text(name)
					.text(submitted.form())
					.text(submitted.fileName())
					.text(when(submitted.receivedAt()))
					.count(submitted.rows()));
				// further forms of the same unit: one entry per unit in the PDF
				number = "";
				name = "";
			}
		}
	}

	private static String kind(ExpectedUnit unit, ReportText text) {
		return (unit.kind() != null) ? text.get("unitKind." + unit.kind()) : "";
	}

	static String when(LocalDateTime time) {
		return (time != null) ? time.format(WHEN) : NumberStyle.NOT_APPLICABLE;
	}

}
