package vn.qms.stats.ingest.sheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import javax.xml.stream.XMLStreamException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class IsoDateCellsCopyTests {

	@TempDir
	Path folder;

	@Test
	void shouldDeleteTheCopiesAWorkerLeftBehindButNoneInUseNorAnyOtherFile() throws Exception {
		// given: a copy left two hours ago (a worker killed), one being read, another
		// file
		Path left = Files.writeString(this.folder.resolve("qms-iso-dates-123.xlsx"), "x");
		Files.setLastModifiedTime(left, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
		Path inUse = Files.writeString(this.folder.resolve("qms-iso-dates-456.xlsx"), "x");
		Path other = Files.writeString(this.folder.resolve("bao-cao.xlsx"), "x");
		Files.setLastModifiedTime(other, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
		// when
		IsoDateCells.sweep(this.folder, Instant.now().minus(Duration.ofHours(1)));
		// then
		assertThat(left).doesNotExist();
		assertThat(inUse).exists();
		assertThat(other).exists();
	}

	@Test
	void shouldRefuseADateCellOfMillionsOfElementsRatherThanHoldThemAll() {
		// given: a well-formed date cell no spreadsheet writes, made to exhaust the heap
		String sheet = "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"d\">" + "<x/>".repeat(100_000)
				+ "<v>2026-07-15</v></c></row></sheetData></worksheet>";
		// when, then
		assertThatExceptionOfType(XMLStreamException.class).isThrownBy(() -> IsoDateCells
			.rewrite(new ByteArrayInputStream(sheet.getBytes(StandardCharsets.UTF_8)), new ByteArrayOutputStream()));
	}

	@Test
	void shouldRewriteAnOrdinaryDateCell() throws Exception {
		// given
		String sheet = "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"d\"><v>2026-07-15</v></c></row>"
				+ "</sheetData></worksheet>";
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		// when
		IsoDateCells.rewrite(new ByteArrayInputStream(sheet.getBytes(StandardCharsets.UTF_8)), out);
		// then
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("<v>46218</v>").doesNotContain("t=\"d\"");
	}

}
