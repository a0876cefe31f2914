package vn.qms.stats.report;

import java.math.BigDecimal;
import java.util.List;

import vn.qms.stats.metrics.Figure;
import vn.qms.stats.report.DocumentRows.Layout;
import vn.qms.stats.report.QuarterlyModel.AttentionItem;
import vn.qms.stats.report.QuarterlyModel.AttentionList;
import vn.qms.stats.report.QuarterlyModel.OverdueDossier;
import vn.qms.stats.report.QuarterlyModel.ProcedureCut;
import vn.qms.stats.report.QuarterlyModel.ProcessingTimes;

/**
 * The lists of the quarterly report: needs attention and processing times.
 */
final class QuarterlyDetails {

	/** The processing-time figures, in print order. */
	static final List<String> PROCESSING_FIGURES = List.of("on_time_rate", "pending_overdue", "processing_days",
			"processing_days_median", "processing_working_days", "processing_working_days_median", "procedures_cut",
			"days_cut_total", "time_reduction_rate", "time_reduction_weighted_rate");

	/** Figures in days: a mean or median, never a percentage. */
	static final List<String> DAYS = List.of("processing_days", "processing_days_median", "processing_working_days",
			"processing_working_days_median");

	private final DocumentRows rows;

	private final ReportText text;

	QuarterlyDetails(DocumentRows rows, ReportText text) {
		this.rows = rows;
		this.text = text;
	}

	void addAttention(List<AttentionItem> items) {
		this.rows.section(this.text.get("quarterly.section.attention"));
		int number = 0;
		for (AttentionList list : AttentionList.values()) {
			List<AttentionItem> onList = items.stream().filter((item) -> item.list() == list).toList();
			this.rows.line(++number + ". " + this.text.format("attention." + list.name(),
					this.text.style().count(BigDecimal.valueOf(onList.size()))), null);
			if (onList.isEmpty()) {
				this.rows.note(this.text.get("section.none"));
				continue;
			}
			this.rows.table(Layout.LIST,
					this.text.line()
						.text(this.text.get("column.no"))
						.text(this.text.get("column.body"))
						.text(this.text.get("column.parent"))
						.text(this.text.get("attention.detail." + list.name())));
			int no = 0;
			for (AttentionItem item : onList) {
				this.rows.row(this.text.line()
					.text(Integer.toString(++no))
					.text(item.name())
					.text((item.parent() != null) ? item.parent() : "")
					.text(detail(item.detail())));
			}
		}
	}

	/** A code from the data (a status, a version) in words; anything else as it is. */
	private String detail(String detail) {
		if (detail == null) {
			return NumberStyle.NOT_APPLICABLE;
		}
		return this.text.getOrDefault("attention.value." + detail, detail);
	}

	void addProcessing(ProcessingTimes processing) {
		this.rows.section(this.text.get("quarterly.section.processing"));
		for (String id : PROCESSING_FIGURES) {
			Figure figure = FigureLookup.find(processing.summary(), id).orElse(null);
			ReportLine cells = this.text.line().xlsx("").xlsx(this.text.get("figure." + id));
			String value;
			if (DAYS.contains(id)) {
				BigDecimal days = (figure != null) ? figure.value() : null;
				cells.days(days);
				value = this.text.format("quarterly.days", this.text.style().decimal(days));
			}
			else if (figure != null && figure.isRate()) {
				cells.rate(figure);
				value = this.text.style().rateWithCounts(figure.numerator(), figure.denominator());
			}
			else {
				cells.count((figure != null) ? figure.value() : null);
				value = this.text.style().count((figure != null) ? figure.value() : null);
			}
			this.rows.line("- " + this.text.get("figure." + id) + ": " + value, cells);
		}
		addLargestCuts(processing.largestCuts());
		addOverdue(processing.overdue());
	}

	private void addOverdue(List<OverdueDossier> overdue) {
		this.rows.line(this.text.get("quarterly.overdue"), null);
		if (overdue.isEmpty()) {
			this.rows.note(this.text.get("section.none"));
			return;
		}
		this.rows.table(Layout.FILES,
				this.text.line()
					.text(this.text.get("column.no"))
					.text(this.text.get("column.dossier"))
					.text(this.text.get("column.procedureCode"))
					.text(this.text.get("column.agency"))
					.text(this.text.get("column.receivedAt"))
					.text(this.text.get("column.dueAt")));
		int no = 0;
		for (OverdueDossier dossier : overdue) {
			this.rows.row(this.text.line()
				.text(Integer.toString(++no))
				.text(dossier.dossierCode())
				.text(dossier.procedureCode())
				.text(dossier.agencyName())
				.text(StatusRows.when(dossier.receivedAt()))
				.text(StatusRows.when(dossier.dueAt())));
		}
	}

	private void addLargestCuts(List<ProcedureCut> cuts) {
		this.rows.line(this.text.get("quarterly.largestCuts"), null);
		if (cuts.isEmpty()) {
			this.rows.note(this.text.get("section.none"));
			return;
		}
		this.rows.table(Layout.PROC,
				this.text.line()
					.text(this.text.get("column.no"))
					.text(this.text.get("column.procedure"))
					.text(this.text.get("column.agency"))
					.text(this.text.get("column.statutoryDays"))
					.text(this.text.get("column.actualDays"))
					.text(this.text.get("column.reduction")));
		int no = 0;
		for (ProcedureCut cut : cuts) {
			this.rows.row(this.text.line()
				.text(Integer.toString(++no))
				.text(cut.procedureCode() + " – " + cut.procedureName())
				.text(cut.agencyName())
				.days(cut.statutoryDays())
				.days(cut.actualDays())
				.ratio(cut.reducedDays(), cut.statutoryDays()));
		}
	}

}
