package vn.qms.stats.schedule;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.qms.stats.ingest.samples.HardLinkedFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code serve} takes from the input folder: never a symbolic link nor a file with
 * other names (hard links), which would let anyone who can write the folder have it read
 * a file from anywhere; nor the product's own result files.
 */
class InputFolderTests {

	@TempDir
	Path work;

	@Test
	void shouldNeverOfferASymbolicLinkButNameItOnce() throws Exception {
		// given a plain file and a link to a file outside the folder
		Path input = Files.createDirectories(this.work.resolve("input"));
		Path outside = Files.writeString(this.work.resolve("secret.csv"), "Mã đơn vị,Tên đơn vị\n");
		Path plain = Files.writeString(input.resolve("a.csv"), "Mã đơn vị,Tên đơn vị\n");
		Path link = Files.createSymbolicLink(input.resolve("b.csv"), outside);
		InputFolder folder = new InputFolder();
		// when
		var ready = folder.ready(input, Duration.ZERO);
		// then
		assertThat(ready).extracting(InputFolder.Look::file).containsExactly(plain.toAbsolutePath().normalize());
		assertThat(folder.newLinks(input)).containsExactly(link.toAbsolutePath().normalize());
		assertThat(folder.newLinks(input)).isEmpty();
	}

	@Test
	void shouldNeverOfferAFileWithOtherNamesButNameItOnce() throws Exception {
		// given a plain file and a second name (hard link) of a file outside the folder
		Path input = Files.createDirectories(this.work.resolve("input"));
		Path outside = Files.writeString(this.work.resolve("secret.csv"), "Mã đơn vị,Tên đơn vị\n");
		Path plain = Files.writeString(input.resolve("a.csv"), "Mã đơn vị,Tên đơn vị\n");
		Path link = HardLinkedFiles.link(input.resolve("b.csv"), outside);
		InputFolder folder = new InputFolder();
		// when
		var ready = folder.ready(input, Duration.ZERO);
		// then
		assertThat(ready).extracting(InputFolder.Look::file).containsExactly(plain.toAbsolutePath().normalize());
		assertThat(folder.newLinks(input)).containsExactly(link.toAbsolutePath().normalize());
		assertThat(folder.newLinks(input)).isEmpty();
	}

	@Test
	void shouldNeverOfferTheProductsOwnResultFiles() throws Exception {
		// given a file and result files of an earlier ingest left in the input folder
		Path input = Files.createDirectories(this.work.resolve("input"));
		Path plain = Files.writeString(input.resolve("bm04.xlsx.csv"), "Mã đơn vị,Tên đơn vị\n");
		Files.writeString(input.resolve("bm04.xlsx.result.json"), "{}");
		Files.writeString(input.resolve("bm04.xlsx.result.txt"), "Tệp / File: bm04.xlsx\n");
		Files.writeString(input.resolve("BM04.XLSX.RESULT.TXT"), "Tệp / File: BM04.XLSX\n");
		// when
		var ready = new InputFolder().ready(input, Duration.ZERO);
		// then they are never read as submissions (nor rejected as such)
		assertThat(ready).extracting(InputFolder.Look::file).containsExactly(plain.toAbsolutePath().normalize());
	}

}
