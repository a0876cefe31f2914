package vn.qms.stats.system;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Which folder of a database URL is made private, and when it is left alone. */
class EmbeddedDatabaseTests {

	@TempDir
	Path dir;

	@BeforeEach
	void posixOnly() {
		Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
	}

	@Test
	void shouldTightenTheFolderOfAnExistingDatabaseCreatedByAnEarlierVersion() throws Exception {
		// given data/ as earlier versions left it: world-readable, the database's files
		Path data = Files.createDirectory(this.dir.resolve("data"),
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
		Files.writeString(data.resolve("qms-stats.mv.db"), "H2");
		Files.writeString(data.resolve("qms-stats.trace.db"), "");
		// when
		EmbeddedDatabase.keepPrivate("jdbc:h2:file:" + data.resolve("qms-stats") + ";AUTO_SERVER=TRUE");
		// then
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
		assertThat(Files.readString(data.resolve("qms-stats.mv.db"))).isEqualTo("H2");
	}

	@Test
	void shouldLeaveAFolderThatHoldsOtherFilesAsItIs() throws Exception {
		// given a database put in a folder the user shares
		Path shared = Files.createDirectory(this.dir.resolve("shared"),
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
		Files.writeString(shared.resolve("notes.txt"), "");
		// when
		EmbeddedDatabase.keepPrivate("jdbc:h2:" + shared.resolve("qms"));
		// then
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared))).isEqualTo("rwxr-xr-x");
	}

	@Test
	void shouldCreateAMissingFolderPrivate() throws Exception {
		// when
		EmbeddedDatabase.keepPrivate("jdbc:h2:file:" + this.dir.resolve("new/data/qms-stats"));
		// then
		Path data = this.dir.resolve("new/data");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
	}

	@Test
	void shouldFindNoFolderInAnInMemoryRemoteOrPostgresqlUrl() {
		assertThat(EmbeddedDatabase.fileOf("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1")).isEmpty();
		assertThat(EmbeddedDatabase.fileOf("jdbc:h2:tcp://localhost/~/qms")).isEmpty();
		assertThat(EmbeddedDatabase.fileOf("jdbc:postgresql://127.0.0.1:5432/qms")).isEmpty();
		assertThat(EmbeddedDatabase.fileOf("jdbc:h2:file:./data/qms-stats;MODE=PostgreSQL"))
			.hasValue(Path.of("data/qms-stats").toAbsolutePath());
	}

}
