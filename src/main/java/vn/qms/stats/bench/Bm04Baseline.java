package vn.qms.stats.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

import vn.qms.stats.ingest.bulk.Bm04Row;
import vn.qms.stats.ingest.bulk.CopyText;

/**
 * The yardstick of issue 6: fastexcel rows parsed into row objects and piped into a
 * 7-column table through COPY FROM STDIN, single thread, no validation, in bounded
 * memory.
 */
public final class Bm04Baseline {

	private Bm04Baseline() {
	}

	/** The pipeline as a process of its own ({@code bench startup}): FILE JDBC_URL. */
	public static void main(String[] args) throws IOException, SQLException {
		System.out.println(run(Path.of(args[0]), args[1]));
	}

	/** Loads the file into {@code bench_bm04_plain}; returns the rows loaded. */
	static long run(Path file, String url) throws IOException, SQLException {
		try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("drop table if exists bench_bm04_plain");
				statement.execute("create table bench_bm04_plain (dossier_code varchar(100), "
						+ "procedure_code varchar(32), agency_code varchar(64), received_at timestamp, "
						+ "due_at timestamp, completed_at timestamp, channel varchar(16))");
			}
			return copy(file, connection);
		}
	}

	private static long copy(Path file, Connection connection) throws IOException, SQLException {
		long rows = 0;
		PGCopyOutputStream copy = new PGCopyOutputStream(connection.unwrap(PGConnection.class),
				"copy bench_bm04_plain from stdin", 1 << 16);
		try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile());
				Stream<Row> stream = workbook.getFirstSheet().openStream();
				OutputStream out = new BufferedOutputStream(copy, 1 << 16)) {
			CopyText text = new CopyText();
			Iterator<Row> iterator = stream.iterator();
			while (iterator.hasNext()) {
				Row row = iterator.next();
				if (row.getRowNum() < Bm04Generator.FIRST_DATA_ROW) {
					continue;
				}
				text.clear();
				text.row(parse(row));
				out.write(text.bytes(), 0, text.length());
				rows++;
			}
		}
		return rows;
	}

	private static Bm04Row parse(Row row) {
		return new Bm04Row(row.getRowNum(), string(row, 0), string(row, 1), string(row, 2), date(row, 3), date(row, 4),
				date(row, 5), string(row, 6));
	}

	private static String string(Row row, int index) {
		Cell cell = (index < row.getCellCount()) ? row.getCell(index) : null;
		return (cell != null && cell.getType() == CellType.STRING) ? cell.asString() : null;
	}

	private static LocalDateTime date(Row row, int index) {
		Cell cell = (index < row.getCellCount()) ? row.getCell(index) : null;
		if (cell == null || cell.getType() != CellType.NUMBER) {
			return null;
		}
		long seconds = Math.round(Double.parseDouble(cell.getRawValue()) * 86400) - 25569L * 86400;
		return LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
	}

}
