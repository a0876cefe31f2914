package vn.qms.stats.schedule;

import java.time.LocalDate;
import java.util.Locale;

import vn.qms.stats.reference.CutOffRule;
import vn.qms.stats.reference.Period;
import vn.qms.stats.reference.PeriodType;

/**
 * The period of a scheduled report: a fixed code ({@code 2020}, {@code 2026-Q3}) or one
 * relative to the due date ({@code previous-quarter}, {@code current-year}, ...), so that
 * a report due on 20 January covers the quarter that ended before it.
 */
final class PeriodExpression {

	private PeriodExpression() {
	}

	static Period resolve(String expression, LocalDate due, CutOffRule rule) {
		String text = expression.trim().toLowerCase(Locale.ROOT);
		for (PeriodType type : PeriodType.values()) {
			String name = type.name().toLowerCase(Locale.ROOT).replace('_', '-');
			if (text.equals("current-" + name)) {
				return rule.periodOf(type, due);
			}
			if (text.equals("previous-" + name)) {
				return rule.periodOf(type, due).previous();
			}
		}
		return Period.parse(expression)
			.orElseThrow(() -> new IllegalArgumentException("Not a period in qms.schedule.reports: '" + expression
					+ "' (e.g. previous-quarter, previous-half-year, previous-year, current-year, 2020, 2026-Q3)"));
	}

}
