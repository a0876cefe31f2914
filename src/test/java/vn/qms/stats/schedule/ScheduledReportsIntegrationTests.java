package vn.qms.stats.schedule;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.context.ConfigurableApplicationContext;

import vn.qms.stats.ingest.Ingestor;
import vn.qms.stats.ingest.samples.SampleWorkbooks;
import vn.qms.stats.reference.CutOffRule;
import vn.qms.stats.reference.Period;
import vn.qms.stats.report.ReportFormat;
import vn.qms.stats.system.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Every report kind of the command line can be scheduled, and renders its files.
 */
class ScheduledReportsIntegrationTests {

	@TempDir
	Path folder;

	@ParameterizedTest
	@CsvSource({ "review, VN, 2020", "status, VN, 2020", "quarterly, 91, 2026-Q3", "ingest, 91, 2026-Q3" })
	void shouldRenderEveryKindOnASchedule(String kind, String unit, String period) throws Exception {
		try (TestDatabase database = TestDatabase.h2()) {
			// given the samples
			ConfigurableApplicationContext context = database.start();
			Path inbox = Files.createDirectories(this.folder.resolve("input"));
			for (String sample : List.of(SampleWorkbooks.NATIONAL_2020, SampleWorkbooks.AN_GIANG_BM01)) {
				Files.copy(Path.of("input-samples", sample), inbox.resolve(sample));
			}
			context.getBean(Ingestor.class).ingestAll(List.of(inbox), false);
			ReportRequest request = new ReportRequest(unit, Period.parse(period).orElseThrow(), CutOffRule.CALENDAR,
					Locale.forLanguageTag("vi"), EnumSet.allOf(ReportFormat.class), this.folder.resolve("out"));
			// when
			List<Path> files = context.getBean(ScheduledReports.class).get(kind).render(request);
			// then
			String name = kind + "_" + unit + "_" + period;
			assertThat(files).extracting((file) -> file.getFileName().toString())
				.containsExactly(name + ".pdf", name + ".xlsx");
			assertThat(files).allSatisfy((file) -> assertThat(file).isNotEmptyFile());
		}
	}

	@Test
	void shouldNameTheKnownKindsWhenAKindIsUnknown() {
		try (TestDatabase database = TestDatabase.h2()) {
			ConfigurableApplicationContext context = database.start();
			assertThatIllegalArgumentException().isThrownBy(() -> context.getBean(ScheduledReports.class).get("weekly"))
				.withMessageContaining("[ingest, quarterly, review, status]");
		}
	}

}
