package vn.qms.stats.web.submit;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upload is staged under a name the file system takes, whatever the browser sent: a
 * long Vietnamese name is cut in bytes, on whole characters, keeping its extension.
 */
class StagingTests {

	@TempDir
	Path root;

	@Test
	void shouldStageAFileWithALongVietnameseNameUnderAShorterOne() throws Exception {
		// given 110 characters of three bytes each: 330 bytes, more than a file name
		// holds
		Staging staging = new Staging(this.root);
		String sent = "ệ".repeat(110) + ".xlsx";
		// when
		Path staged = staging.stage(staging.newFolder(), sent, new ByteArrayInputStream(new byte[] { 1 }));
		// then
		String name = staged.getFileName().toString();
		assertThat(Files.readAllBytes(staged)).containsExactly(1);
		assertThat(name).endsWith(".xlsx").startsWith("ệệệ");
		assertThat(name.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(200);
		// and the annotated copy beside it has room too
		assertThat((name + ".annotated.xlsx").getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255);
	}

	@Test
	void shouldNeverSplitACharacterWhenCutting() {
		String name = Staging.safeName("a".repeat(196) + "😀😀" + ".csv");
		assertThat(name).isEqualTo("a".repeat(196) + ".csv");
		assertThat(Staging.safeName("bao-cao.xlsx")).isEqualTo("bao-cao.xlsx");
	}

	@Test
	void shouldSpellANameWithoutDiacriticsForFileNamesWithoutThem() {
		// a service whose locale has no UTF-8 cannot name a file "Báo cáo quý 3"
		assertThat(Staging.ascii("Báo cáo quý 3 Đà Nẵng.xlsx")).isEqualTo("Bao cao quy 3 Da Nang.xlsx");
		assertThat(Staging.ascii("漢字.csv")).isEqualTo("__.csv");
	}

}
