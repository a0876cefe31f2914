package vn.qms.stats.web.submit;

import java.io.File;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import vn.qms.stats.account.Account;
import vn.qms.stats.ingest.IngestVerdict;

/** The console's submitted files, in {@code console_upload}. */
@Component
public class Uploads {

	private static final String COLUMNS = "id, username, sender_unit, file_name, path, size_bytes, status, outcome,"
			+ " form, unit_code, period_code, data_rows, received_at, finished_at, only_unit";

	private final JdbcTemplate jdbc;

	static final int PAGE = 500;

	static final int MAX_PAGES = 100;

	Uploads(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The characters {@code console_upload.file_name} holds. */
	static final int MAX_NAME = 255;

	/**
	 * The end of a name kept when it is shortened: its extension and what precedes it.
	 */
	private static final int KEPT_END = 24;

	/**
	 * Records a submitted file, read by the instance {@code owner}; answers its upload
	 * number.
	 */
	long add(Account sender, String fileName, Path path, long size, String onlyUnit, String owner) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update((connection) -> {
			var statement = connection.prepareStatement(
					"insert into console_upload (username, sender_unit, file_name, path, size_bytes, status, received_at,"
							+ " only_unit, owner) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
					new String[] { "id" });
			statement.setString(1, sender.username());
			statement.setString(2, sender.unitCode());
			statement.setString(3, fitted(fileName));
			statement.setString(4, path.toString());
			statement.setLong(5, size);
			statement.setString(6, Upload.Status.QUEUED.name());
			statement.setTimestamp(7, Timestamp.valueOf(LocalDateTime.now()));
			statement.setString(8, onlyUnit);
			statement.setString(9, owner);
			return statement;
		}, key);
		return key.getKey().longValue();
	}

	/**
	 * The name as it is listed, at most {@value #MAX_NAME} characters: a longer one keeps
	 * its beginning and its end (the extension), joined by an ellipsis, never splitting a
	 * character.
	 */
	static String fitted(String name) {
		if (name.length() <= MAX_NAME) {
			return name;
		}
		int headEnd = MAX_NAME - KEPT_END - 1;
		if (Character.isLowSurrogate(name.charAt(headEnd))) {
			headEnd--;
		}
		int tailStart = name.length() - KEPT_END;
		if (Character.isLowSurrogate(name.charAt(tailStart))) {
			tailStart++;
		}
		return name.substring(0, headEnd) + "…" + name.substring(tailStart);
	}

	/**
	 * What an account has sent since a time: the number of files and their total size as
	 * sent, whatever became of them (a rejected file is kept as well).
	 */
	Sent sentSince(String username, LocalDateTime since) {
		return this.jdbc.queryForObject(
				"select count(*), coalesce(sum(size_bytes), 0) from console_upload where username = ? and received_at >= ?",
				(rs, row) -> new Sent(rs.getLong(1), rs.getLong(2)), username, Timestamp.valueOf(since));
	}

	/**
	 * Files and bytes sent.
	 *
	 * @param files the number of files
	 * @param bytes their total size
	 */
	record Sent(long files, long bytes) {

	}

	/**
	 * Marks the upload running, if {@code me} owns it and it has no verdict yet; false if
	 * another instance took it over, or it is done.
	 */
	boolean running(long id, String me) {
		return this.jdbc.update("update console_upload set status = ? where id = ? and owner = ? and status <> ?",
				Upload.Status.RUNNING.name(), id, me, Upload.Status.DONE.name()) == 1;
	}

	/** The instance that reads the upload; null for an upload of an earlier version. */
	String owner(long id) {
		return this.jdbc.query("select owner from console_upload where id = ?",
				(rs) -> rs.next() ? rs.getString(1) : null, id);
	}

	/**
	 * Takes the upload over from its owner {@code from} (dead, or null), in one update:
	 * false if another instance took it first, or it is done.
	 */
	boolean takeOver(long id, String from, String me) {
		String done = Upload.Status.DONE.name();
		return ((from != null)
				? this.jdbc.update("update console_upload set owner = ? where id = ? and owner = ? and status <> ?", me,
						id, from, done)
				: this.jdbc.update("update console_upload set owner = ? where id = ? and owner is null and status <> ?",
						me, id, done)) == 1;
	}

	void done(long id, IngestVerdict verdict) {
		Path now = (verdict.movedTo() != null) ? verdict.movedTo() : verdict.file();
		this.jdbc.update(
				"update console_upload set status = ?, outcome = ?, form = ?, unit_code = ?, period_code = ?,"
						+ " data_rows = ?, path = ?, finished_at = ? where id = ?",
				Upload.Status.DONE.name(), verdict.outcome().name(), cut(verdict.form(), 40),
				cut(verdict.reportingUnit(), 16), cut(verdict.period(), 16), verdict.rows(), now.toString(),
				Timestamp.valueOf(LocalDateTime.now()), id);
	}

	/**
	 * A held file applied again: the upload it came as (if it came through the console)
	 * takes the new verdict.
	 */
	public void reapplied(Path held, IngestVerdict verdict) {
		Path now = (verdict.movedTo() != null) ? verdict.movedTo() : verdict.file();
		this.jdbc.update(
				"update console_upload set outcome = ?, data_rows = ?, path = ?, finished_at = ? where path = ?",
				verdict.outcome().name(), verdict.rows(), now.toString(), Timestamp.valueOf(LocalDateTime.now()),
				held.toString());
	}

	/**
	 * The upload whose ingest read this file: the one staged as it, now there or where
	 * its ingest moved it (a folder below, under the same name); none for a file of the
	 * input folder or the command line.
	 */
	List<Upload> readFrom(Path file) {
		Path folder = file.getParent();
		if (folder == null) {
			return List.of();
		}
		String prefix = folder.toString() + File.separator;
		return this.jdbc
			.query("select " + COLUMNS + " from console_upload where substr(path, 1, ?) = ?", Uploads::upload,
					prefix.length(), prefix)
			.stream()
			.filter((upload) -> upload.path().equals(file) || file.getFileName().equals(upload.path().getFileName()))
			.toList();
	}

	Optional<Upload> find(long id) {
		return this.jdbc.query("select " + COLUMNS + " from console_upload where id = ?", Uploads::upload, id)
			.stream()
			.findFirst();
	}

	/** The latest uploads, newest first. */
	/**
	 * The latest {@code limit} uploads that {@code shown} lets through, newest first,
	 * read a page at a time: a user whose own uploads are older than others' hundreds
	 * still sees them. At most {@value #MAX_PAGES} pages of {@value #PAGE} are read.
	 */
	List<Upload> latest(int limit, Predicate<Upload> shown) {
		List<Upload> found = new ArrayList<>();
		long before = Long.MAX_VALUE;
		for (int page = 0; page < MAX_PAGES && found.size() < limit; page++) {
			List<Upload> read = this.jdbc.query(
					"select " + COLUMNS + " from console_upload where id < ? order by id desc limit ?", Uploads::upload,
					before, PAGE);
			read.stream().filter(shown).limit(limit - found.size()).forEach(found::add);
			if (read.size() < PAGE) {
				break;
			}
			before = read.get(read.size() - 1).id();
		}
		return found;
	}

	/** Uploads a crash or a stop left without a verdict, oldest first. */
	List<Upload> unfinished() {
		return this.jdbc.query("select " + COLUMNS + " from console_upload where status <> ? order by id",
				Uploads::upload, Upload.Status.DONE.name());
	}

	private static String cut(String value, int length) {
		return (value == null || value.length() <= length) ? value : value.substring(0, length);
	}

	private static Upload upload(ResultSet rs, int row) throws SQLException {
		Timestamp finished = rs.getTimestamp("finished_at");
		Integer rows = rs.getObject("data_rows", Integer.class);
		return new Upload(rs.getLong("id"), rs.getString("username"), rs.getString("sender_unit"),
				rs.getString("file_name"), Path.of(rs.getString("path")), rs.getLong("size_bytes"),
				Upload.Status.valueOf(rs.getString("status")), rs.getString("outcome"), rs.getString("form"),
				rs.getString("unit_code"), rs.getString("period_code"), rows,
				rs.getTimestamp("received_at").toLocalDateTime(),
				(finished != null) ? finished.toLocalDateTime() : null, rs.getString("only_unit"));
	}

}
