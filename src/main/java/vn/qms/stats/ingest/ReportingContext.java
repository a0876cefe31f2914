package vn.qms.stats.ingest;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.qms.stats.ingest.form.FormDates;
import vn.qms.stats.ingest.sheet.ParsedSheet;
import vn.qms.stats.ingest.sheet.TitleBlock;
import vn.qms.stats.ingest.sheet.TitleBlock.Field;
import vn.qms.stats.reference.CutOffRule;
import vn.qms.stats.reference.Period;
import vn.qms.stats.reference.ReferenceUnits;
import vn.qms.stats.reference.Unit;
import vn.qms.stats.system.text.VietnameseText;

/**
 * Resolves the period and reporting unit of a sheet from its title block, or from another
 * sheet of the same file that has them. Missing, unparseable or unknown values are
 * errors. A period that has not begun yet is a warning: the data are kept, but a mistyped
 * year (2062 for 2026) would otherwise file them silently under a future period while the
 * period meant still shows as missing.
 */
final class ReportingContext {

	/**
	 * The period and reporting unit of a sheet, and the day it reports on: the title
	 * block's report date, else the period end.
	 */
	record Resolved(Period period, Unit unit, LocalDate reportDate) {
	}

	private static final List<DateTimeFormatter> DATES = java.util.stream.Stream
		.of("d/M/uuuu", "d-M-uuuu", "d.M.uuuu", "uuuu-M-d")
		.map((pattern) -> DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT))
		.toList();

	private static final Pattern WRITTEN_DATE = Pattern
		.compile("(?:ngay\\s*)?(\\d{1,2})\\s*thang\\s*(\\d{1,2})\\s*nam\\s*(\\d{4})");

	private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

	private final ReferenceUnits units;

	private final List<ParsedSheet> sheets;

	private final Clock clock;

	/**
	 * @param clock what today is, to tell a period that has not begun yet
	 */
	ReportingContext(ReferenceUnits units, List<ParsedSheet> sheets, Clock clock) {
		this.units = units;
		this.sheets = sheets;
		this.clock = clock;
	}

	Optional<Resolved> resolve(ParsedSheet sheet, Consumer<Problem> problems) {
		Optional<TitleBlock.Value> periodText = value(sheet, Field.PERIOD);
		if (periodText.isEmpty()) {
			problems.accept(Problem.error("ingest.title.period.missing").inSheet(sheet.sheet()));
			return Optional.empty();
		}
		Optional<Period> period = Period.parse(periodText.get().text());
		if (period.isEmpty()) {
			problems.accept(located(Problem.error("ingest.title.period.invalid"), sheet, periodText.get()));
			return Optional.empty();
		}
		notBegun(period.get()).ifPresent((problem) -> problems.accept(located(problem, sheet, periodText.get())));
		return unit(sheet, period.get(), problems)
			.map((unit) -> new Resolved(period.get(), unit, reportDate(sheet, period.get(), problems)));
	}

	/**
	 * A warning when the period begins after today (by the calendar, as the title block
	 * names it), naming the period in both languages, the day it begins and today.
	 */
	private Optional<Problem> notBegun(Period period) {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate begins = period.start(CutOffRule.CALENDAR);
		if (!begins.isAfter(today)) {
			return Optional.empty();
		}
		return Optional.of(Problem.warning("ingest.title.period.future", period.label(Locale.forLanguageTag("vi")),
				period.label(Locale.ENGLISH), ShownValue.of(begins), ShownValue.of(today)));
	}

	/**
	 * The title block's report date, else the period end; an unreadable one, or one
	 * outside the forms' dates ({@link FormDates}: a date of 9999 would otherwise move
	 * every "after the report date" check), is a warning.
	 */
	private LocalDate reportDate(ParsedSheet sheet, Period period, Consumer<Problem> problems) {
		LocalDate periodEnd = period.end(CutOffRule.CALENDAR);
		Optional<TitleBlock.Value> text = value(sheet, Field.REPORT_DATE);
		if (text.isEmpty()) {
			return periodEnd;
		}
		Optional<LocalDate> date = parseDate(text.get().text());
		if (date.isEmpty()) {
			problems.accept(located(Problem.warning("ingest.title.report.date.invalid", ShownValue.of(periodEnd)),
					sheet, text.get()));
		}
		else if (!FormDates.within(date.get())) {
			problems.accept(located(Problem.warning("ingest.title.report.date.out.of.range", ShownValue.of(date.get()),
					ShownValue.of(FormDates.FIRST_DAY), ShownValue.of(FormDates.LAST_DAY), ShownValue.of(periodEnd)),
					sheet, text.get()));
			return periodEnd;
		}
		return date.orElse(periodEnd);
	}

	/**
	 * {@code 15/01/2021}, {@code 2021-01-15}, {@code ngày 15 tháng 01 năm 2021}, or the
	 * serial number of a date cell.
	 */
	static Optional<LocalDate> parseDate(String text) {
		String trimmed = (text != null) ? text.trim() : "";
		if (trimmed.matches("\\d{5}(\\.0+)?")) {
			return Optional.of(EXCEL_EPOCH.plusDays(Long.parseLong(trimmed.replaceAll("\\..*", ""))));
		}
		for (DateTimeFormatter format : DATES) {
			try {
				return Optional.of(LocalDate.parse(trimmed, format));
			}
			catch (DateTimeParseException ex) {
				// try the next format
			}
		}
		Matcher written = WRITTEN_DATE.matcher(VietnameseText.fold(trimmed));
		if (!written.find()) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.of(Integer.parseInt(written.group(3)), Integer.parseInt(written.group(2)),
					Integer.parseInt(written.group(1))));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	private Optional<Unit> unit(ParsedSheet sheet, Period period, Consumer<Problem> problems) {
		var from = period.start(CutOffRule.CALENDAR);
		var to = period.end(CutOffRule.CALENDAR);
		Optional<TitleBlock.Value> code = value(sheet, Field.UNIT_CODE);
		if (code.isPresent()) {
			Optional<Unit> unit = this.units.find(normalCode(code.get().text()), from, to);
			if (unit.isEmpty()) {
				problems.accept(located(Problem.error("ingest.title.unit.unknown", period.code()), sheet, code.get()));
			}
			return unit;
		}
		Optional<TitleBlock.Value> name = value(sheet, Field.UNIT_NAME);
		if (name.isEmpty()) {
			problems.accept(Problem.error("ingest.title.unit.missing").inSheet(sheet.sheet()));
			return Optional.empty();
		}
		List<Unit> found = this.units.findByName(name.get().text(), from, to);
		if (found.size() != 1) {
			String key = found.isEmpty() ? "ingest.title.unit.unknown" : "ingest.title.unit.ambiguous";
			String codes = String.join(", ", found.stream().map(Unit::code).toList());
			problems.accept(located(Problem.error(key, found.isEmpty() ? period.code() : codes), sheet, name.get()));
			return Optional.empty();
		}
		return Optional.of(found.get(0));
	}

	/** The sheet's own value, else the first other sheet's. */
	private Optional<TitleBlock.Value> value(ParsedSheet sheet, Field field) {
		Optional<TitleBlock.Value> own = sheet.title().get(field);
		if (own.isPresent() || (field == Field.UNIT_NAME && sheet.title().get(Field.UNIT_CODE).isPresent())) {
			return own;
		}
		return this.sheets.stream()
			.map((other) -> other.title().get(field))
			.flatMap(Optional::stream)
			.findFirst()
			.map((value) -> new TitleBlock.Value(value.text(), -1, -1));
	}

	private static Problem located(Problem problem, ParsedSheet sheet, TitleBlock.Value value) {
		Problem inSheet = problem.inSheet(sheet.sheet());
		return (value.row() < 0)
				? new Problem(inSheet.severity(), null, sheet.sheet(), null, null, null, value.text(),
						inSheet.messageKey(), inSheet.arguments())
				: inSheet.at(value.row(), value.column(), null, value.text());
	}

	/** Unit codes are upper case; a province code typed as the number 1 is {@code 01}. */
	static String normalCode(String code) {
		String trimmed = (code != null) ? code.trim().toUpperCase(Locale.ROOT) : "";
		return trimmed.matches("\\d") ? "0" + trimmed : trimmed;
	}

}
