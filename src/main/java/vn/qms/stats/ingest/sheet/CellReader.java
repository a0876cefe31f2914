package vn.qms.stats.ingest.sheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

import vn.qms.stats.ingest.ShownValue;
import vn.qms.stats.ingest.form.Choice;
import vn.qms.stats.ingest.form.Column;
import vn.qms.stats.ingest.form.ColumnType;
import vn.qms.stats.ingest.form.FormDates;
import vn.qms.stats.system.text.VietnameseText;

/**
 * Reads one cell as the type of its column, per "Cell values" of {@code docs/forms.md}.
 * Keeps the number style the sheet has shown so far, to settle ambiguous text numbers. A
 * date, from a date cell or a text, must lie within {@link FormDates} (as on the streamed
 * BM04 path): a serial number Excel cannot show is no date at all
 * ({@code ingest.cell.not.date}), a day it can show outside the forms' range is a date
 * out of range.
 */
final class CellReader {

	private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

	/** The last day Excel can show, 31/12/9999, as its serial number. */
	static final BigDecimal LAST_SERIAL = BigDecimal.valueOf(2_958_465);

	/**
	 * The largest count stored (the columns are SQL integers; two of them added stay in
	 * range).
	 */
	static final BigDecimal MAX_COUNT = BigDecimal.valueOf(999_999_999);

	/** The largest number of days stored ({@code numeric(9, 2)}). */
	static final BigDecimal MAX_DAYS = new BigDecimal("9999999.99");

	private static final List<DateTimeFormatter> DATES = formatters("d/M/uuuu", "d-M-uuuu", "uuuu-M-d");

	private static final List<DateTimeFormatter> DATETIMES = formatters("d/M/uuuu H:mm[:ss]", "d-M-uuuu H:mm[:ss]",
			"uuuu-M-d H:mm[:ss]", "uuuu-M-d'T'H:mm[:ss]");

	private NumberText.Style style = NumberText.Style.UNKNOWN;

	CellReading read(Column column, SourceCell cell) {
		if (cell == null) {
			return CellReading.of(null);
		}
		if (cell.kind() == SourceCell.Kind.ERROR) {
			return CellReading.problem("ingest.cell.error.value", cell.text());
		}
		if (cell.kind() == SourceCell.Kind.NO_CACHED_VALUE) {
			return CellReading.problem("ingest.cell.no.cached.value");
		}
		if (cell.kind() == SourceCell.Kind.NOT_FINITE) {
			// whatever the column: not a number, nor a text to take as it is
			return CellReading.problem(NonFinite.KEY, cell.text());
		}
		return switch (column.type()) {
			case TEXT -> CellReading.of(VietnameseText.clean(cell.text()));
			case COUNT, DECIMAL -> number(column.type(), cell);
			case DATE -> date(cell);
			case DATETIME -> dateTime(cell);
			case YES_NO -> yesNo(column, cell);
			case ENUM -> choice(column, cell);
		};
	}

	private CellReading number(ColumnType type, SourceCell cell) {
		BigDecimal number = cell.number();
		if (cell.kind() == SourceCell.Kind.TEXT) {
			NumberText.Reading reading = NumberText.read(cell.text(), this.style, type == ColumnType.COUNT);
			if (reading.proves() != NumberText.Style.UNKNOWN) {
				this.style = reading.proves();
			}
			if (reading.ambiguous()) {
				return CellReading.problem("ingest.cell.number.ambiguous");
			}
			number = reading.number();
		}
		if (number == null) {
			return CellReading.problem("ingest.cell.not.number");
		}
		if (type == ColumnType.DECIMAL) {
			return (number.abs().compareTo(MAX_DAYS) > 0) ? CellReading.problem("ingest.cell.decimal.too.large")
					: CellReading.of(number);
		}
		if (number.signum() < 0 || number.stripTrailingZeros().scale() > 0) {
			return CellReading.problem("ingest.cell.not.count");
		}
		if (number.compareTo(MAX_COUNT) > 0) {
			return CellReading.problem("ingest.cell.count.too.large");
		}
		return CellReading.of(number.longValueExact());
	}

	private CellReading date(SourceCell cell) {
		CellReading read = day(cell);
		return (read.value() instanceof LocalDate day && !FormDates.within(day)) ? outOfRange(day) : read;
	}

	/** The day a cell holds, whatever its year. */
	private static CellReading day(SourceCell cell) {
		if (cell.number() != null) {
			return isSerial(cell.number()) ? CellReading.of(EXCEL_EPOCH.plusDays(cell.number().longValue()))
					: CellReading.problem("ingest.cell.not.date");
		}
		for (DateTimeFormatter format : DATES) {
			try {
				return CellReading.of(LocalDate.parse(cell.text().trim(), format));
			}
			catch (DateTimeParseException ex) {
				// try the next format
			}
		}
		return CellReading.problem("ingest.cell.not.date");
	}

	private CellReading dateTime(SourceCell cell) {
		CellReading read = time(cell);
		return (read.value() instanceof LocalDateTime time && !FormDates.within(time)) ? outOfRange(time) : read;
	}

	/** The date and time a cell holds, whatever its year. */
	private static CellReading time(SourceCell cell) {
		if (cell.number() != null) {
			BigDecimal days = cell.number();
			if (!isSerial(days)) {
				return CellReading.problem("ingest.cell.not.datetime");
			}
			long seconds = days.subtract(new BigDecimal(days.toBigInteger()))
				.multiply(BigDecimal.valueOf(86400))
				.setScale(0, java.math.RoundingMode.HALF_UP)
				.longValue();
			// a time rounded up past the last day is after the range: no exception
			return CellReading.of(EXCEL_EPOCH.plusDays(days.longValue()).atStartOfDay().plusSeconds(seconds));
		}
		for (DateTimeFormatter format : DATETIMES) {
			try {
				return CellReading.of(LocalDateTime.parse(cell.text().trim(), format));
			}
			catch (DateTimeParseException ex) {
				// try the next format
			}
		}
		CellReading day = day(cell);
		return day.failed() ? CellReading.problem("ingest.cell.not.datetime")
				: CellReading.of(((LocalDate) day.value()).atStartOfDay());
	}

	/**
	 * A date a form's cell may not hold ({@link FormDates}), with the date as read and
	 * the range, the same on the streamed BM04 path.
	 */
	private static CellReading outOfRange(Object read) {
		return CellReading.problem(FormDates.OUT_OF_RANGE, ShownValue.of(read), ShownValue.of(FormDates.FIRST_DAY),
				ShownValue.of(FormDates.LAST_DAY));
	}

	/** A day Excel can show: 0 (30/12/1899) to 31/12/9999. */
	private static boolean isSerial(BigDecimal number) {
		return number.signum() >= 0 && number.compareTo(LAST_SERIAL.add(BigDecimal.ONE)) < 0;
	}

	/**
	 * {@code TRUE} or {@code FALSE}, by the column's choices ({@code Choices.YES_NO}).
	 */
	private CellReading yesNo(Column column, SourceCell cell) {
		return chosen(column, cell).map((code) -> CellReading.of(Boolean.valueOf(code)))
			.orElseGet(() -> CellReading.problem("ingest.cell.not.yes.no"));
	}

	private CellReading choice(Column column, SourceCell cell) {
		return chosen(column, cell).map(CellReading::of).orElseGet(() -> {
			List<String> labels = column.choices().stream().map(Choice::labelVi).toList();
			return CellReading.problem("ingest.cell.not.choice", String.join(", ", labels));
		});
	}

	/** The code of the choice the cell names: label, alias, code or other spelling. */
	private static Optional<String> chosen(Column column, SourceCell cell) {
		String folded = VietnameseText.fold(cell.text());
		for (Choice choice : column.choices()) {
			if (folded.equals(VietnameseText.fold(choice.labelVi()))
					|| folded.equals(VietnameseText.fold(choice.labelEn()))
					|| folded.equals(VietnameseText.fold(choice.code()))
					|| choice.otherSpellings()
						.stream()
						.anyMatch((other) -> folded.equals(VietnameseText.fold(other)))) {
				return Optional.of(choice.code());
			}
		}
		return Optional.empty();
	}

	private static List<DateTimeFormatter> formatters(String... patterns) {
		return java.util.Arrays.stream(patterns)
			.map((pattern) -> DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT))
			.toList();
	}

}
