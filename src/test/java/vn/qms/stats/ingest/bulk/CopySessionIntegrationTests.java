package vn.qms.stats.ingest.bulk;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.qms.stats.system.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staging rows go to PostgreSQL in its binary COPY format, the tally and problems in
 * the text one: each must store exactly the values written, Vietnamese text, characters
 * outside the Basic Multilingual Plane, nulls, negative numbers and the forms' extreme
 * dates included, and a broken surrogate must not make the server refuse the chunk.
 */
class CopySessionIntegrationTests {

	private static final String TABLE = "create table copied (row_no integer, dossier_code varchar(100), "
			+ "procedure_code varchar(32), agency_code varchar(64), received_at timestamp, due_at timestamp, "
			+ "completed_at timestamp, channel varchar(16), calendar_days integer, working_days integer, "
			+ "mark boolean)";

	private static final String COLUMNS = "row_no, dossier_code, procedure_code, agency_code, received_at, due_at, "
			+ "completed_at, channel, calendar_days, working_days, mark";

	private static final List<Bm04Row> ROWS = List.of(
			new Bm04Row(7, "HS-Đắk Lắk/001\ttab\\slash", "1.001", "Sở Tư pháp", LocalDateTime.of(1990, 1, 1, 0, 0),
					LocalDateTime.of(2099, 12, 31, 23, 59, 59), null, null),
			new Bm04Row(1_048_576, "𠀀 chữ Nôm 😀", "2.002", "91.001", LocalDateTime.of(2026, 7, 1, 8, 30, 15),
					LocalDateTime.of(2026, 7, 6, 17, 0), LocalDateTime.of(2026, 7, 3, 9, 45, 1), "TRUC_TUYEN"));

	@ParameterizedTest
	@EnumSource(Format.class)
	void shouldStoreTheRowsAsWritten(Format format) throws SQLException {
		try (TestDatabase database = TestDatabase.postgres();
				Connection connection = DriverManager.getConnection(database.url(), database.user(), "")) {
			// given
			create(connection);
			// when
			try (CopySession copy = format.open(connection)) {
				int days = -3;
				for (Bm04Row row : ROWS) {
					format.write(copy, row.row(), row, days, days < 0);
					days = 1_000_000;
				}
				assertThat(copy.end()).isEqualTo(2);
			}
			// then
			assertThat(stored(connection)).containsExactly(expected(ROWS.get(0), -3, true),
					expected(ROWS.get(1), 1_000_000, false));
		}
	}

	@Test
	void shouldStoreABrokenSurrogateAsTheReplacementCharacterInBothFormats() throws SQLException {
		try (TestDatabase database = TestDatabase.postgres();
				Connection connection = DriverManager.getConnection(database.url(), database.user(), "")) {
			create(connection);
			LocalDateTime day = LocalDateTime.of(2026, 7, 1, 8, 0);
			Bm04Row row = new Bm04Row(9, "A\uD800B", "1.001", "\uDC00", day, day, null, null);
			int number = 9;
			for (Format format : Format.values()) {
				try (CopySession copy = format.open(connection)) {
					format.write(copy, number++, row, null, false);
					copy.end();
				}
			}
			assertThat(stored(connection)).extracting((values) -> values.get(1) + "|" + values.get(3))
				.containsExactly("A\uFFFDB|\uFFFD", "A\uFFFDB|\uFFFD");
		}
	}

	/** The two COPY formats, writing one row the same way. */
	enum Format {

		BINARY {
			@Override
			CopySession open(Connection connection) throws SQLException {
				return CopySession.binary(connection, SQL);
			}

			@Override
			void write(CopySession copy, int number, Bm04Row row, Integer days, boolean mark) throws SQLException {
				copy.binary().fields(11).integer(number).columns(row).optional(days).optional(null).bool(mark);
				copy.rowDone();
			}
		},

		TEXT {
			@Override
			CopySession open(Connection connection) throws SQLException {
				return new CopySession(connection, SQL);
			}

			@Override
			void write(CopySession copy, int number, Bm04Row row, Integer days, boolean mark) throws SQLException {
				copy.text()
					.number(number)
					.tab()
					.fields(row)
					.tab()
					.optional(days)
					.tab()
					.optional(null)
					.tab()
					.text(mark ? "t" : "f")
					.newline();
				copy.rowDone();
			}
		};

		private static final String SQL = "copy copied (" + COLUMNS + ") from stdin";

		abstract CopySession open(Connection connection) throws SQLException;

		abstract void write(CopySession copy, int number, Bm04Row row, Integer days, boolean mark) throws SQLException;

	}

	private static void create(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(TABLE);
		}
	}

	private static List<Object> expected(Bm04Row row, Integer calendarDays, boolean mark) {
		List<Object> values = new ArrayList<>();
		values.add(row.row());
		values.add(row.dossierCode());
		values.add(row.procedureCode());
		values.add(row.agencyCode());
		values.add(row.receivedAt());
		values.add(row.dueAt());
		values.add(row.completedAt());
		values.add(row.channel());
		values.add(calendarDays);
		values.add(null);
		values.add(mark);
		return values;
	}

	private static List<List<Object>> stored(Connection connection) throws SQLException {
		List<List<Object>> rows = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("select " + COLUMNS + " from copied order by row_no")) {
			while (result.next()) {
				List<Object> values = new ArrayList<>();
				values.add(result.getInt(1));
				for (int column = 2; column <= 4; column++) {
					values.add(result.getString(column));
				}
				for (int column = 5; column <= 7; column++) {
					values.add(result.getObject(column, LocalDateTime.class));
				}
				values.add(result.getString(8));
				values.add(result.getObject(9, Integer.class));
				values.add(result.getObject(10, Integer.class));
				values.add(result.getBoolean(11));
				rows.add(values);
			}
		}
		return rows;
	}

}
