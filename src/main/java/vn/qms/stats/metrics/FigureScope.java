package vn.qms.stats.metrics;

import java.time.LocalDate;
import java.time.LocalDateTime;

import vn.qms.stats.reference.CutOffRule;
import vn.qms.stats.reference.Period;

/**
 * What a figure is asked for: a reporting unit and a period (its canonical code and its
 * dates under the configured cut-off rule; the dates decide which reference unit a code
 * names), and how.
 *
 * @param unitCode the unit ({@code VN}, a ministry or province code)
 * @param periodCode canonical period code
 * @param periodStart first day of the period
 * @param periodEnd last day of the period
 * @param restated whether historical units are restated in today's units (the unit code
 * then names today's unit)
 * @param carryForward whether a unit that did not submit is counted with its latest
 * earlier data of the same period type (every such figure is marked)
 */
public record FigureScope(String unitCode, String periodCode, LocalDate periodStart, LocalDate periodEnd,
		boolean restated, boolean carryForward) {

	/** The figures of the units of the period, nothing carried forward. */
	public FigureScope(String unitCode, String periodCode, LocalDate periodStart, LocalDate periodEnd) {
		this(unitCode, periodCode, periodStart, periodEnd, false, false);
	}

	/** The scope of a unit and period under a cut-off rule. */
	public static FigureScope of(String unitCode, Period period, CutOffRule rule) {
		return new FigureScope(unitCode, period.code(), period.start(rule), period.end(rule));
	}

	public FigureScope restatedInCurrentUnits() {
		return new FigureScope(this.unitCode, this.periodCode, this.periodStart, this.periodEnd, true,
				this.carryForward);
	}

	public FigureScope carryingForward() {
		return new FigureScope(this.unitCode, this.periodCode, this.periodStart, this.periodEnd, this.restated, true);
	}

	/** The same question for another unit (a child, in a drill-down). */
	public FigureScope withUnit(String code) {
		return new FigureScope(code, this.periodCode, this.periodStart, this.periodEnd, this.restated,
				this.carryForward);
	}

	/** The same question for another period (under the same cut-off rule). */
	public FigureScope withPeriod(Period other) {
		CutOffRule rule = rule();
		return new FigureScope(this.unitCode, other.code(), other.start(rule), other.end(rule), this.restated,
				this.carryForward);
	}

	public Period period() {
		return Period.parse(this.periodCode)
			.orElseThrow(() -> new IllegalArgumentException("Not a period code: " + this.periodCode));
	}

	/** The cut-off rule the dates were made with. */
	public CutOffRule rule() {
		return period().start(CutOffRule.CALENDAR).equals(this.periodStart) ? CutOffRule.CALENDAR
				: CutOffRule.DECREE_09_2019;
	}

	/** The first instant after the period. */
	public LocalDateTime periodEndNext() {
		return this.periodEnd.plusDays(1).atStartOfDay();
	}

}
