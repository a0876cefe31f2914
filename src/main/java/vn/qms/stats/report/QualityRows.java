package vn.qms.stats.report;

import java.util.List;

import vn.qms.stats.report.DocumentRows.Layout;

/**
 * The data-quality section every report ends with: the findings, or a line saying there
 * are none, or that the checks were not run.
 */
final class QualityRows {

	private QualityRows() {
	}

	static void add(DocumentRows rows, List<QualityIssue> issues, ReportText text) {
		rows.section(text.get("section.quality"));
		if (issues == null) {
			rows.note(text.get("quality.notChecked"));
			return;
		}
		if (issues.isEmpty()) {
			rows.note(text.get("quality.none"));
			return;
		}
		rows.table(Layout.LIST,
				text.line()
					.text(text.get("column.no"))
					.text(text.get("column.unit"))
					.text(text.get("column.check"))
					.text(text.get("column.detail")));
		int no = 0;
		for (QualityIssue issue : issues) {
			rows.row(text.line()
				.text(Integer.toString(++no))
				.text(issue.unitName() + " (" + issue.unitCode() + ")")
				.text(text.get("quality." + issue.check()))
				.text((issue.detail() != null) ? issue.detail() : ""));
		}
	}

}
