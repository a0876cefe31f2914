package vn.qms.stats.system.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

class AtomicFilesTests {

	@TempDir
	Path folder;

	@Test
	void shouldReplaceTheFileWhole() throws IOException {
		// given
		Path target = Files.writeString(this.folder.resolve("report.pdf"), "old");
		// when
		AtomicFiles.write(target, (out) -> out.write("new".getBytes(StandardCharsets.UTF_8)));
		// then
		assertThat(target).hasContent("new");
		assertThat(names()).containsExactly("report.pdf");
	}

	@Test
	void shouldLeaveTheOldFileAndNoTemporaryFileWhenWritingFails() throws IOException {
		// given
		Path target = Files.writeString(this.folder.resolve("report.pdf"), "old");
		// when
		assertThatIOException().isThrownBy(() -> AtomicFiles.write(target, (out) -> {
			out.write("half".getBytes(StandardCharsets.UTF_8));
			throw new IOException("disk full");
		}));
		// then
		assertThat(target).hasContent("old");
		assertThat(names()).containsExactly("report.pdf");
	}

	@Test
	void shouldGiveTheFileThePermissionsOfAnyNewFileNotOwnerOnly() throws IOException {
		org.junit.jupiter.api.Assumptions
			.assumeTrue(this.folder.getFileSystem().supportedFileAttributeViews().contains("posix"));
		// given a file created the plain way in the same folder
		Path plain = Files.createFile(this.folder.resolve("plain.txt"));
		// when a report is written
		Path target = this.folder.resolve("report.pdf");
		AtomicFiles.write(target, (out) -> out.write("new".getBytes(StandardCharsets.UTF_8)));
		// then others may read it as they may read any file the process creates
		assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(plain));
	}

	@Test
	void shouldWriteAFileWhoseNameIsAsLongAsAFileSystemTakes() throws IOException {
		// given a Vietnamese name of 251 bytes: its temporary name cannot be longer
		String name = "Báo cáo tổng hợp ".repeat(10) + "quý III năm nay.pdf";
		assertThat(name.getBytes(StandardCharsets.UTF_8).length).isEqualTo(251);
		Path target = this.folder.resolve(name);
		// when
		AtomicFiles.write(target, (out) -> out.write("new".getBytes(StandardCharsets.UTF_8)));
		// then
		assertThat(target).hasContent("new");
		assertThat(names()).containsExactly(name);
	}

	private Stream<String> namesStream() throws IOException {
		return Files.list(this.folder).map((file) -> file.getFileName().toString());
	}

	private java.util.List<String> names() throws IOException {
		try (Stream<String> names = namesStream()) {
			return names.sorted().toList();
		}
	}

}
