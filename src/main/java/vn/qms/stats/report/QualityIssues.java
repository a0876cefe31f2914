package vn.qms.stats.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.qms.stats.metrics.DataQualityKind;
import vn.qms.stats.metrics.DataQualityNote;
import vn.qms.stats.metrics.FigureScope;
import vn.qms.stats.reference.ReferenceUnits;
import vn.qms.stats.reference.Unit;

/**
 * The data-quality findings of metrics as the plain records the reports print: the kind,
 * the unit with its name, and what disagrees as data ({@code BKHCN mandatory_total: 132 ≠
 * 131}); a total row is told where it is and what it says, in the report's language.
 */
final class QualityIssues {

	private QualityIssues() {
	}

	static List<QualityIssue> of(List<DataQualityNote> notes, FigureScope scope, ReferenceUnits units, Locale locale) {
		ReportText text = new ReportText(locale);
		return notes.stream()
			.map((note) -> new QualityIssue(note.kind().name(), note.unitCode(),
					units.find(note.unitCode(), scope.periodStart(), scope.periodEnd())
						.map(Unit::nameVi)
						.orElse(note.unitCode()),
					(note.kind() == DataQualityKind.TOTAL_ROW_MISMATCH) ? totalRow(note, text) : detail(note)))
			.toList();
	}

	/**
	 * {@code BM01, trang tính “Cơ quan”, dòng 45, cột J (Số TTHC): dòng tổng ghi 120, cộng
	 * các dòng được 118}.
	 */
	private static String totalRow(DataQualityNote note, ReportText text) {
		DataQualityNote.Cell cell = note.cell();
		return text.format("quality.totalRow.detail", note.subject(), cell.sheet(),
				(cell.row() != null) ? cell.row().toString() : NumberStyle.NOT_APPLICABLE, cell.column(), note.field(),
				shown(note.actual(), text), shown(note.expected(), text));
	}

	/** A whole number in the report's style ({@code 1.886}), any other exactly. */
	private static String shown(BigDecimal number, ReportText text) {
		if (number == null) {
			return NumberStyle.NOT_APPLICABLE;
		}
		return (number.stripTrailingZeros().scale() <= 0) ? text.style().count(number) : plain(number);
	}

	private static String detail(DataQualityNote note) {
		List<String> parts = new ArrayList<>();
		if (note.subject() != null) {
			parts.add(note.subject());
		}
		if (note.field() != null) {
			parts.add(note.field() + ":");
		}
		if (note.expected() != null || note.actual() != null) {
			parts.add(plain(note.expected()) + " ≠ " + plain(note.actual()));
		}
		if (!note.period().equals("") && note.subject() == null && note.field() == null) {
			parts.add(note.period());
		}
		return String.join(" ", parts);
	}

	private static String plain(BigDecimal number) {
		return (number != null) ? number.stripTrailingZeros().toPlainString() : NumberStyle.NOT_APPLICABLE;
	}

}
