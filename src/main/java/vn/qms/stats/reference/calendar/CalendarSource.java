package vn.qms.stats.reference.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.util.StringUtils;

/**
 * {@code holidays.csv}, read once: the file named by {@code qms.calendar}, else the
 * working directory's {@code config/calendar/holidays.csv}, else the jar's copy.
 */
final class CalendarSource {

	static final String FILE = "holidays.csv";

	private static final Path WORKING_FILE = Path.of("config", "calendar", FILE);

	private final String origin;

	private final byte[] csv;

	private CalendarSource(Resource file) {
		this.origin = (file instanceof ClassPathResource classpath) ? "classpath:" + classpath.getPath()
				: file.getDescription();
		try {
			this.csv = file.getContentAsByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the working-day calendar " + this.origin, ex);
		}
	}

	static CalendarSource locate(String configured) {
		if (StringUtils.hasText(configured)) {
			return new CalendarSource(new FileSystemResource(Path.of(configured.trim())));
		}
		if (Files.isRegularFile(WORKING_FILE)) {
			return new CalendarSource(new FileSystemResource(WORKING_FILE));
		}
		return classpath();
	}

	static CalendarSource classpath() {
		return new CalendarSource(new ClassPathResource("calendar/" + FILE));
	}

	String origin() {
		return this.origin;
	}

	WorkingCalendar calendar() {
		return WorkingCalendar.parse(this.csv);
	}

	/** SHA-256 of the file, hex: what {@code work_calendar_load} remembers. */
	String checksum() {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(this.csv));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every Java runtime", ex);
		}
	}

}
