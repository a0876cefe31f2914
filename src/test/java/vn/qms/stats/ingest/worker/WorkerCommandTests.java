package vn.qms.stats.ingest.worker;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class WorkerCommandTests {

	@TempDir
	Path folder;

	@Test
	void shouldStartWorkersWithTheClassDataArchiveBesideTheJarTheyRunFrom() throws IOException {
		// given the build's copy of the jar, without the workers' archive
		Path jar = Files.write(this.folder.resolve("qms-stats.jar"), new byte[] { 1 });
		assertThat(WorkerCommand.classData(jar.toString())).isEmpty();
		// when the training has written it
		Path archive = Files.write(this.folder.resolve(WorkerCommand.ARCHIVE), new byte[] { 2 });
		// then workers use it, and say nothing if the JVM finds it stale
		assertThat(WorkerCommand.classData(jar.toString())).contains("-XX:SharedArchiveFile=" + archive,
				"-Xlog:cds=off", "-Xlog:cds+dynamic=off");
	}

	@Test
	void shouldStartWorkersWithoutAnArchiveFromAClassPath() throws IOException {
		Files.write(this.folder.resolve(WorkerCommand.ARCHIVE), new byte[] { 2 });
		String classPath = this.folder.resolve("classes") + File.pathSeparator + this.folder.resolve("qms-stats.jar");
		assertThat(WorkerCommand.classData(classPath)).isEmpty();
	}

}
