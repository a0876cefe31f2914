package vn.qms.stats.reference;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.qms.stats.system.text.VietnameseText;

/**
 * A reporting period: a year, a half-year ({@code index} 1 or 2) or a quarter
 * ({@code index} 1 to 4). A year has {@code index} 1. Its {@link #code()} is the
 * canonical form stored in the database and printed by the command line.
 *
 * @param type year, half-year or quarter
 * @param year the calendar year the period belongs to
 * @param index position in the year, from 1
 */
public record Period(PeriodType type, int year, int index) implements Comparable<Period> {

	private static final String[] ROMAN = { "I", "II", "III", "IV" };

	private static final Pattern QUARTER = Pattern.compile("(?:quy|q)(iv|iii|ii|i|[1-4])(?:/|-|nam)?(\\d{4})");

	private static final Pattern QUARTER_ISO = Pattern.compile("(\\d{4})-?q([1-4])");

	private static final Pattern HALF = Pattern.compile("6thang(dau|cuoi)nam(\\d{4})");

	private static final Pattern HALF_ISO = Pattern.compile("(\\d{4})-?h([12])");

	private static final Pattern HALF_SHORT = Pattern.compile("h([12])(?:/|-)?(\\d{4})");

	private static final Pattern YEAR_LABEL = Pattern.compile("(?:nam|year)?(\\d{4})");

	private static final Comparator<Period> ORDER = Comparator.comparingInt(Period::year)
		.thenComparingInt((period) -> (period.index() - 1) * period.type().months())
		.thenComparing(Period::type);

	public Period {
		if (type == null) {
			throw new IllegalArgumentException("A period needs a type");
		}
		if (index < 1 || index > type.perYear()) {
			throw new IllegalArgumentException("No " + type + " number " + index);
		}
		if (year < 1900 || year > 2999) {
			throw new IllegalArgumentException("Year out of range: " + year);
		}
	}

	public static Period ofYear(int year) {
		return new Period(PeriodType.YEAR, year, 1);
	}

	public static Period ofHalfYear(int year, int half) {
		return new Period(PeriodType.HALF_YEAR, year, half);
	}

	public static Period ofQuarter(int year, int quarter) {
		return new Period(PeriodType.QUARTER, year, quarter);
	}

	/**
	 * Reads any period label of the input forms ({@code Quý III/2026}, {@code Q3/2026},
	 * {@code 2026-Q3}, {@code 6 tháng đầu năm 2012}, {@code 2012-H1}, {@code Năm 2019},
	 * {@code 2019}), ignoring case, diacritics and spacing; empty if it is none of them.
	 */
	public static Optional<Period> parse(String label) {
		String text = VietnameseText.fold(label).replace(" ", "");
		try {
			return Optional.ofNullable(parseFolded(text));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static Period parseFolded(String text) {
		Matcher matcher = QUARTER.matcher(text);
		if (matcher.matches()) {
			return ofQuarter(Integer.parseInt(matcher.group(2)), quarterNumber(matcher.group(1)));
		}
		if ((matcher = QUARTER_ISO.matcher(text)).matches()) {
			return ofQuarter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
		}
		if ((matcher = HALF.matcher(text)).matches()) {
			return ofHalfYear(Integer.parseInt(matcher.group(2)), "dau".equals(matcher.group(1)) ? 1 : 2);
		}
		if ((matcher = HALF_ISO.matcher(text)).matches()) {
			return ofHalfYear(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
		}
		if ((matcher = HALF_SHORT.matcher(text)).matches()) {
			return ofHalfYear(Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(1)));
		}
		if ((matcher = YEAR_LABEL.matcher(text)).matches()) {
			return ofYear(Integer.parseInt(matcher.group(1)));
		}
		return null;
	}

	private static int quarterNumber(String text) {
		for (int i = 0; i < ROMAN.length; i++) {
			if (ROMAN[i].equalsIgnoreCase(text)) {
				return i + 1;
			}
		}
		return Integer.parseInt(text);
	}

	/** {@code 2019}, {@code 2012-H1} or {@code 2026-Q3}. */
	public String code() {
		return switch (this.type) {
			case YEAR -> Integer.toString(this.year);
			case HALF_YEAR -> this.year + "-H" + this.index;
			case QUARTER -> this.year + "-Q" + this.index;
		};
	}

	/**
	 * The label readers expect: {@code Quý III/2026}, {@code 6 tháng đầu năm 2012},
	 * {@code Năm 2019} in Vietnamese; {@code Q3 2026}, {@code First half of 2012},
	 * {@code Year 2019} in English.
	 */
	public String label(Locale locale) {
		boolean english = locale != null && "en".equals(locale.getLanguage());
		return switch (this.type) {
			case YEAR -> (english ? "Year " : "Năm ") + this.year;
			case HALF_YEAR -> english ? ((this.index == 1) ? "First" : "Second") + " half of " + this.year
					: "6 tháng " + ((this.index == 1) ? "đầu" : "cuối") + " năm " + this.year;
			case QUARTER ->
				english ? "Q" + this.index + " " + this.year : "Quý " + ROMAN[this.index - 1] + "/" + this.year;
		};
	}

	public LocalDate start(CutOffRule rule) {
		return rule.start(this);
	}

	public LocalDate end(CutOffRule rule) {
		return rule.end(this);
	}

	/** The period of the same type just before this one. */
	public Period previous() {
		return (this.index > 1) ? new Period(this.type, this.year, this.index - 1)
				: new Period(this.type, this.year - 1, this.type.perYear());
	}

	@Override
	public int compareTo(Period other) {
		return ORDER.compare(this, other);
	}

	@Override
	public String toString() {
		return code();
	}

}
