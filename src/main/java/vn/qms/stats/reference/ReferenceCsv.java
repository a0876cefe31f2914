package vn.qms.stats.reference;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import vn.qms.stats.system.text.VietnameseText;

/**
 * Reads {@code units.csv} and {@code succession.csv}. A bad row stops the start with a
 * message naming the file and the row, since every figure depends on these tables.
 */
final class ReferenceCsv {

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setCommentMarker('#')
		.setIgnoreEmptyLines(true)
		.setTrim(true)
		.get();

	private static final Pattern LISTED = Pattern.compile("[A-Z0-9_-]{0,16}");

	private ReferenceCsv() {
	}

	static List<Unit> units(byte[] csv) {
		return read(ReferenceSource.UNITS, csv,
				(row) -> new Unit(listed(row.get("code")), date(row.get("valid_from")),
						optionalDate(row.get("valid_to")), UnitKind.valueOf(row.get("kind")),
						VietnameseText.clean(row.get("name_vi")), emptyToNull(VietnameseText.clean(row.get("name_en"))),
						emptyToNull(listed(row.get("parent_code"))), aliases(row.get("aliases"))));
	}

	static List<SuccessionLink> links(byte[] csv) {
		return read(ReferenceSource.SUCCESSION, csv,
				(row) -> new SuccessionLink(listed(row.get("old_code")), date(row.get("old_valid_from")),
						listed(row.get("new_code")), date(row.get("new_valid_from")), date(row.get("changed_on")),
						SuccessionKind.valueOf(row.get("kind"))));
	}

	/**
	 * Codes as stored: trimmed, upper case, and a province code that lost its leading
	 * zero in a spreadsheet ({@code 1}) padded back ({@code 01}).
	 */
	static String code(String code) {
		if (code == null) {
			return "";
		}
		String trimmed = code.trim().toUpperCase(Locale.ROOT);
		return (trimmed.length() == 1 && Character.isDigit(trimmed.charAt(0))) ? "0" + trimmed : trimmed;
	}

	/**
	 * A code as a reference file lists it ({@link #code}): at most 16 letters A-Z,
	 * digits, {@code -} and {@code _}, or nothing. Any other character could mean
	 * something where codes are written (a {@code +} marks "and every unit it covers" on
	 * an upload).
	 */
	static String listed(String code) {
		String stored = code(code);
		if (!LISTED.matcher(stored).matches()) {
			throw new IllegalArgumentException(
					"unit code '" + stored + "' may hold only letters A-Z, digits, '-' and '_', at most 16 of them");
		}
		return stored;
	}

	private static <T> List<T> read(String file, byte[] csv, Function<CSVRecord, T> mapper) {
		// a file saved by Excel starts with a byte order mark, which would become part of
		// "code"
		int start = (csv.length >= 3 && csv[0] == (byte) 0xEF && csv[1] == (byte) 0xBB && csv[2] == (byte) 0xBF) ? 3
				: 0;
		try (Reader reader = new InputStreamReader(new ByteArrayInputStream(csv, start, csv.length - start),
				StandardCharsets.UTF_8); CSVParser parser = FORMAT.parse(reader)) {
			List<T> rows = new ArrayList<>();
			for (CSVRecord row : parser) {
				try {
					rows.add(mapper.apply(row));
				}
				catch (IllegalArgumentException | DateTimeParseException ex) {
					throw new IllegalStateException(
							file + " line " + parser.getCurrentLineNumber() + ": " + ex.getMessage(), ex);
				}
			}
			return List.copyOf(rows);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + file, ex);
		}
	}

	private static LocalDate date(String text) {
		return LocalDate.parse(text);
	}

	private static LocalDate optionalDate(String text) {
		return text.isEmpty() ? null : LocalDate.parse(text);
	}

	private static String emptyToNull(String text) {
		return (text == null || text.isEmpty()) ? null : text;
	}

	private static List<String> aliases(String text) {
		return Arrays.stream(text.split("\\|")).map(VietnameseText::clean).filter((alias) -> !alias.isEmpty()).toList();
	}

}
