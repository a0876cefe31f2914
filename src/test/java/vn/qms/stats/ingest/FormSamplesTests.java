package vn.qms.stats.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.qms.stats.ingest.form.Forms;
import vn.qms.stats.ingest.samples.AnGiangAgencies;
import vn.qms.stats.ingest.samples.AnGiangForms;
import vn.qms.stats.ingest.samples.SampleWorkbooks;
import vn.qms.stats.ingest.sheet.ParsedRow;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The An Giang samples read by the one engine as BM01, BM03 and BM04, without a problem.
 */
class FormSamplesTests {

	@TempDir
	Path folder;

	private final SubmissionReader reader = new SubmissionReader(new TestReferenceUnits(), Forms.all());

	@Test
	void shouldReadTheBm01SampleWithStableCodesAndNoProblem() throws Exception {
		// given
		Path file = SampleWorkbooks.write(this.folder.resolve(SampleWorkbooks.AN_GIANG_BM01), AnGiangForms.bm01());
		// when
		FileReading reading = this.reader.read(file);
		// then
		assertThat(reading.problems()).extracting((problem) -> problem.describe(Locale.ENGLISH)).isEmpty();
		Submission submission = reading.submissions().get(0);
		assertThat(submission.key()).isEqualTo("BM01/91/2026-Q3");
		List<ParsedRow> rows = submission.sheets().get(0).rows();
		assertThat(rows).hasSize(AnGiangAgencies.all().size());
		assertThat(rows.get(0).values()).containsEntry("agency_type", "PROVINCIAL_PC")
			.containsEntry("obligation", "MANDATORY")
			.containsEntry("status", "ANNOUNCED")
			.containsEntry("standard_version", "2015")
			.containsEntry("announced_on", LocalDate.of(2019, 1, 1));
		assertThat(rows).extracting((row) -> row.get("status"))
			.contains("ANNOUNCED", "APPLIED", "BUILDING")
			.doesNotContainNull();
	}

	@Test
	void shouldReadTheBm03SampleAndDeriveTheMissingDays() throws Exception {
		// given
		Path file = SampleWorkbooks.write(this.folder.resolve(SampleWorkbooks.AN_GIANG_BM03), AnGiangForms.bm03());
		// when
		FileReading reading = this.reader.read(file);
		// then
		assertThat(reading.problems()).extracting((problem) -> problem.describe(Locale.ENGLISH)).isEmpty();
		List<ParsedRow> rows = reading.submissions().get(0).sheets().get(0).rows();
		assertThat(rows).hasSize(14 * 9 + 40 * 3);
		assertThat(rows).allSatisfy((row) -> assertThat(row.get("actual_days")).isNotNull())
			.allSatisfy((row) -> assertThat(row.get("reduced_days")).isNotNull());
	}

	@Test
	void shouldReadTheBm04SampleWithDateCellsAndDateText() throws Exception {
		// given
		Path file = SampleWorkbooks.write(this.folder.resolve(SampleWorkbooks.AN_GIANG_BM04),
				AnGiangForms.bm04(SampleWorkbooks.AN_GIANG_BM04_ROWS));
		// when
		FileReading reading = this.reader.read(file);
		// then
		assertThat(reading.problems()).extracting((problem) -> problem.describe(Locale.ENGLISH)).isEmpty();
		List<ParsedRow> rows = reading.submissions().get(0).sheets().get(0).rows();
		assertThat(rows).hasSize(SampleWorkbooks.AN_GIANG_BM04_ROWS);
		assertThat(rows.get(0).get("received_at")).isEqualTo(LocalDateTime.of(2026, 7, 1, 7, 30));
		assertThat(rows).extracting((row) -> row.get("channel")).containsOnly("IN_PERSON", "ONLINE", "POSTAL");
	}

}
