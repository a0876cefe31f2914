package vn.qms.stats.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuarterlyReportRendererTests {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

	private static final QuarterlyReportRenderer renderer = new QuarterlyReportRenderer(new ReportTemplates());

	@Test
	void shouldWritePdfAndXlsxNamedAfterReportUnitAndPeriod() throws IOException {
		Path out = Path.of("target/report-look");
		List<Path> files = renderer.render(QuarterlyFixtures.daklak(), VIETNAMESE, EnumSet.allOf(ReportFormat.class),
				out);
		assertThat(files).extracting((file) -> file.getFileName().toString())
			.containsExactly("quarterly_66_2026-Q3.pdf", "quarterly_66_2026-Q3.xlsx");
	}

}
