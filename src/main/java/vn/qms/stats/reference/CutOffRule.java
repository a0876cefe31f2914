package vn.qms.stats.reference;

import java.time.LocalDate;
import java.util.Locale;

/**
 * How dated events are placed in periods: plain calendar periods, or the state reporting
 * rule of Decree 09/2019/ND-CP, where every period starts on the 15th of the month before
 * its first month and ends on the 14th of its last month.
 */
public enum CutOffRule {

	CALENDAR("calendar"), DECREE_09_2019("decree-09-2019");

	private final String code;

	CutOffRule(String code) {
		this.code = code;
	}

	/** The setting value: {@code calendar} or {@code decree-09-2019}. */
	public String code() {
		return this.code;
	}

	/**
	 * The rule named by a setting value ({@code calendar}, {@code decree-09-2019}; case
	 * and {@code _} / {@code -} ignored).
	 */
	public static CutOffRule of(String value) {
		String wanted = (value != null) ? value.trim().toLowerCase(Locale.ROOT).replace('_', '-') : "";
		for (CutOffRule rule : values()) {
			if (rule.code.equals(wanted)) {
				return rule;
			}
		}
		throw new IllegalArgumentException(
				"Unknown cut-off rule '" + value + "': expected 'calendar' or 'decree-09-2019'");
	}

	/** First day of the period under this rule. */
	public LocalDate start(Period period) {
		LocalDate calendarStart = LocalDate.of(period.year(), (period.index() - 1) * period.type().months() + 1, 1);
		return (this == CALENDAR) ? calendarStart : calendarStart.minusMonths(1).withDayOfMonth(15);
	}

	/** Last day (inclusive) of the period under this rule. */
	public LocalDate end(Period period) {
		LocalDate calendarStart = LocalDate.of(period.year(), (period.index() - 1) * period.type().months() + 1, 1);
		LocalDate nextStart = calendarStart.plusMonths(period.type().months());
		return (this == CALENDAR) ? nextStart.minusDays(1) : nextStart.minusMonths(1).withDayOfMonth(14);
	}

	/** The period of the given type that contains the day. */
	public Period periodOf(PeriodType type, LocalDate day) {
		LocalDate shifted = (this == DECREE_09_2019 && day.getDayOfMonth() >= 15) ? day.plusMonths(1).withDayOfMonth(1)
				: day;
		return new Period(type, shifted.getYear(), (shifted.getMonthValue() - 1) / type.months() + 1);
	}

	public Period quarterOf(LocalDate day) {
		return periodOf(PeriodType.QUARTER, day);
	}

	public Period halfYearOf(LocalDate day) {
		return periodOf(PeriodType.HALF_YEAR, day);
	}

	public Period yearOf(LocalDate day) {
		return periodOf(PeriodType.YEAR, day);
	}

}
