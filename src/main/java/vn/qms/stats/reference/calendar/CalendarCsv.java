package vn.qms.stats.reference.calendar;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads {@code holidays.csv} ({@code date,name_vi,name_en,kind}, {@code #} comments). A
 * bad row stops the start with its line number: every working-day figure depends on it.
 */
final class CalendarCsv {

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setCommentMarker('#')
		.setIgnoreEmptyLines(true)
		.setTrim(true)
		.get();

	private CalendarCsv() {
	}

	static List<CalendarDay> read(byte[] csv) {
		int start = (csv.length >= 3 && csv[0] == (byte) 0xEF && csv[1] == (byte) 0xBB && csv[2] == (byte) 0xBF) ? 3
				: 0;
		try (Reader reader = new InputStreamReader(new ByteArrayInputStream(csv, start, csv.length - start),
				StandardCharsets.UTF_8); CSVParser parser = FORMAT.parse(reader)) {
			List<CalendarDay> days = new ArrayList<>();
			for (CSVRecord row : parser) {
				try {
					days.add(new CalendarDay(LocalDate.parse(row.get("date")), row.get("name_vi"), row.get("name_en"),
							DayKind.valueOf(row.get("kind"))));
				}
				catch (IllegalArgumentException | DateTimeParseException ex) {
					throw new IllegalStateException(
							"holidays.csv line " + parser.getCurrentLineNumber() + ": " + ex.getMessage(), ex);
				}
			}
			return List.copyOf(days);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read holidays.csv", ex);
		}
	}

}
