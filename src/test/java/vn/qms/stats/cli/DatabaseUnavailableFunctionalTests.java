package vn.qms.stats.cli;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A command whose database cannot be opened says so in one line, in Vietnamese and
 * English, with exit status 1: no chain of Spring's errors, no stack trace.
 */
class DatabaseUnavailableFunctionalTests {

	@TempDir
	Path folder;

	@Test
	void shouldSayInOneLineThatTheEmbeddedDatabaseIsInUse() throws Exception {
		// given an embedded database whose file another process (serve) holds locked
		String url = "jdbc:h2:" + this.folder.resolve("db");
		try (Connection created = DriverManager.getConnection(url, "sa", "")) {
			assertThat(created.isValid(1)).isTrue();
		}
		try (FileChannel file = FileChannel.open(this.folder.resolve("db.mv.db"), StandardOpenOption.READ,
				StandardOpenOption.WRITE); FileLock lock = file.lock()) {
			// when
			CommandRun run = CommandRun.run("--db", url, "figures", "--unit", "91", "--period", "2026-Q3");
			// then
			assertThat(run.status()).isEqualTo(1);
			assertThat(run.err().strip()).isEqualTo("Lỗi / Error: Không mở được cơ sở dữ liệu " + url
					+ ": đang được một tiến trình khác dùng (serve đang chạy?) / Cannot open the database " + url
					+ ": it is in use by another process (is serve running?)");
			assertThat(run.out()).isEmpty();
		}
	}

	@Test
	void shouldSayInOneLineThatAPostgresqlDatabaseDoesNotExist() {
		// when
		String url = "jdbc:postgresql://127.0.0.1:5432/qms_no_such_database";
		CommandRun run = CommandRun.run("--db", url, "report", "status", "--unit", "91", "--period", "2026-Q3", "--out",
				this.folder.resolve("out").toString());
		// then
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.err().strip()).isEqualTo("Lỗi / Error: Không mở được cơ sở dữ liệu " + url
				+ ": cơ sở dữ liệu không tồn tại / Cannot open the database " + url
				+ ": it does not exist (create it first)");
		assertThat(this.folder.resolve("out")).doesNotExist();
	}

}
