package vn.qms.stats.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import vn.qms.stats.metrics.DataQualityNote;
import vn.qms.stats.metrics.FigureScope;
import vn.qms.stats.reference.ReferenceUnits;
import vn.qms.stats.reference.Unit;

/**
 * The data-quality findings of metrics as the plain records the reports print: the kind,
 * the unit with its name, and what disagrees as data ({@code BKHCN mandatory_total: 132 ≠
 * 131}).
 */
final class QualityIssues {

	private QualityIssues() {
	}

	static List<QualityIssue> of(List<DataQualityNote> notes, FigureScope scope, ReferenceUnits units) {
		return notes.stream()
			.map((note) -> new QualityIssue(note.kind().name(), note.unitCode(),
					units.find(note.unitCode(), scope.periodStart(), scope.periodEnd())
						.map(Unit::nameVi)
						.orElse(note.unitCode()),
					detail(note)))
			.toList();
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
