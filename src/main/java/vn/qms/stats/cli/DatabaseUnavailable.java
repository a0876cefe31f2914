package vn.qms.stats.cli;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * A command's context that could not start because its database cannot be opened: in use
 * by another process (the embedded database's file, locked by {@code serve}), not
 * existing, or not reachable. One bilingual line for the user ({@link Main} prints it,
 * exit status 1), instead of Spring's chain of bean creation errors.
 */
final class DatabaseUnavailable extends RuntimeException {

	/** H2: the database is already open in another process. */
	private static final int H2_ALREADY_OPEN = 90020;

	/** PostgreSQL: the database does not exist. */
	private static final String PG_NO_DATABASE = "3D000";

	private DatabaseUnavailable(String message, Throwable cause) {
		super(message, cause);
	}

	/**
	 * The failure as a database that cannot be opened, if it is one: a cause of the
	 * failure is an {@link SQLException} or H2's locked file.
	 */
	static Optional<DatabaseUnavailable> of(Throwable failure, String url) {
		String database = shown(url);
		String opening = "Không mở được cơ sở dữ liệu " + database + ": ";
		String cannot = "Cannot open the database " + database + ": ";
		SQLException sql = null;
		for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
			String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
			if (cause.getClass().getName().startsWith("org.h2.") && message.contains("file is locked")
					|| cause instanceof SQLException ex && ex.getErrorCode() == H2_ALREADY_OPEN) {
				return Optional
					.of(new DatabaseUnavailable(opening + "đang được một tiến trình khác dùng (serve đang chạy?) / "
							+ cannot + "it is in use by another process (is serve running?)", failure));
			}
			if (cause instanceof SQLException ex && sql == null) {
				sql = ex;
			}
		}
		if (sql == null) {
			return Optional.empty();
		}
		if (PG_NO_DATABASE.equals(sql.getSQLState())) {
			return Optional.of(new DatabaseUnavailable(
					opening + "cơ sở dữ liệu không tồn tại / " + cannot + "it does not exist (create it first)",
					failure));
		}
		if (sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
			return Optional.of(new DatabaseUnavailable(opening + "không kết nối được máy chủ / " + cannot
					+ "cannot connect to its server (" + oneLine(sql.getMessage()) + ")", failure));
		}
		return Optional.of(new DatabaseUnavailable(
				opening + oneLine(sql.getMessage()) + " / " + cannot + oneLine(sql.getMessage()), failure));
	}

	/**
	 * The database as the user named it, without parameters (which may hold a password).
	 */
	private static String shown(String url) {
		if (url == null) {
			return "./data/qms-stats";
		}
		int end = url.length();
		for (char separator : new char[] { '?', ';' }) {
			int at = url.indexOf(separator);
			if (at >= 0) {
				end = Math.min(end, at);
			}
		}
		return url.substring(0, end);
	}

	private static String oneLine(String message) {
		String text = String.valueOf(message);
		int newline = text.indexOf('\n');
		return (newline >= 0) ? text.substring(0, newline).strip() : text.strip();
	}

}
