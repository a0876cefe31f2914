package vn.qms.stats.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.ConfigurableApplicationContext;

import vn.qms.stats.ingest.IngestVerdict.Outcome;
import vn.qms.stats.ingest.Ingestor;
import vn.qms.stats.ingest.SenderUnit;
import vn.qms.stats.metrics.FigureScope;
import vn.qms.stats.reference.CutOffRule;
import vn.qms.stats.reference.Period;
import vn.qms.stats.system.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a file says cannot put it in another unit's ingestion report: a file rejected
 * because it names a unit its sender may not report for is listed, and counted, in the
 * report of its sender's unit, not in that of the unit it names.
 */
class IngestReportSenderUnitTests {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final Path SAMPLE_BM01 = Path.of("input-samples", "bm01_an-giang_2026-q3.xlsx");

	@TempDir
	Path folder;

	@Test
	void shouldListAFileRejectedForNamingAnotherUnitInTheSendersUnitReportOnly() throws Exception {
		try (TestDatabase database = TestDatabase.h2()) {
			// given An Giang's (91) BM01 sent by an agency of Hà Nội (01), and rejected
			ConfigurableApplicationContext context = database.start();
			Path file = Files.copy(SAMPLE_BM01, this.folder.resolve("SECRET-ag01.xlsx"));
			assertThat(context.getBean(Ingestor.class).ingest(file, false, SenderUnit.only("01")).outcome())
				.isEqualTo(Outcome.REJECTED);
			// and An Giang's own file, sent by its own agency, accepted
			Path own = Files.copy(SAMPLE_BM01, this.folder.resolve("bm01-91.xlsx"));
			assertThat(context.getBean(Ingestor.class).ingest(own, false, SenderUnit.only("91")).outcome())
				.isEqualTo(Outcome.ACCEPTED);
			IngestReports reports = context.getBean(IngestReports.class);
			// when
			String anGiang = pdf(reports, "91");
			String haNoi = pdf(reports, "01");
			// then An Giang's report lists its own file alone
			assertThat(anGiang).contains("bm01-91.xlsx")
				.contains("0 bị từ chối")
				.doesNotContain("SECRET-ag01.xlsx", "1 bị từ chối");
			// and Hà Nội's lists the file its agency sent, rejected
			assertThat(haNoi).contains("SECRET-ag01.xlsx", "1 bị từ chối").doesNotContain("bm01-91.xlsx");
		}
	}

	private String pdf(IngestReports reports, String unit) throws Exception {
		FigureScope scope = FigureScope.of(unit, Period.ofQuarter(2026, 3), CutOffRule.of("calendar"));
		List<Path> files = reports.render(scope, VIETNAMESE, EnumSet.of(ReportFormat.PDF),
				this.folder.resolve("out-" + unit));
		return RenderedFiles.pdfText(files.get(0));
	}

}
