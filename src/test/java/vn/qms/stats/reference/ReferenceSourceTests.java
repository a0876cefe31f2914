package vn.qms.stats.reference;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ReferenceSourceTests {

	@Test
	void shouldReadTheFolderNamedByTheProperty(@TempDir Path folder) throws IOException {
		// given: an edited copy, saved by Excel with a byte order mark
		Files.writeString(folder.resolve("units.csv"), """
				\uFEFFcode,valid_from,valid_to,kind,name_vi,name_en,parent_code,aliases
				VN,1945-09-02,,NATION,Việt Nam,Viet Nam,,
				""", StandardCharsets.UTF_8);
		Files.writeString(folder.resolve("succession.csv"),
				"old_code,old_valid_from,new_code,new_valid_from,changed_on,kind\n", StandardCharsets.UTF_8);
		// when
		ReferenceSource source = new ReferenceSource(folder.toString());
		// then
		assertThat(new CsvReferenceUnits(source).all()).extracting(Unit::code).containsExactly("VN");
		assertThat(source.origin()).contains(folder.getFileName().toString());
	}

	@Test
	void shouldShipTheSameDataInTheJarAsInConfigReference() {
		// when
		ReferenceSource jar = ReferenceSource.classpath();
		ReferenceSource working = new ReferenceSource("");
		// then
		assertThat(jar.checksum()).isEqualTo(working.checksum()).hasSize(64);
	}

	@Test
	void shouldNameTheMissingFile(@TempDir Path empty) {
		// when / then
		assertThatIllegalStateException().isThrownBy(() -> ReferenceSource.of(empty))
			.withMessageContaining("units.csv");
	}

}
