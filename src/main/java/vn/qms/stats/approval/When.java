package vn.qms.stats.approval;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** A time as messages show it: {@code 06/12/2026 16:26}. */
final class When {

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private When() {
	}

	static String of(LocalDateTime time) {
		return time.format(FORMAT);
	}

}
