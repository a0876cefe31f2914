package vn.qms.stats.report;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;

/**
 * Renders every report from the hand-made fixtures into {@code target/report-look/}, to
 * look at the pages by eye ({@code pdftoppm -png -r 60}). Not a test.
 */
final class ReportLook {

	private ReportLook() {
	}

	public static void main(String[] args) throws Exception {
		Path out = Path.of((args.length > 0) ? args[0] : "target/report-look");
		Locale locale = (args.length > 1) ? Locale.forLanguageTag(args[1]) : Locale.forLanguageTag("vi");
		ReportTemplates templates = new ReportTemplates();
		EnumSet<ReportFormat> formats = EnumSet.allOf(ReportFormat.class);
		new QuarterlyReportRenderer(templates).render(QuarterlyFixtures.daklak(), locale, formats, out);
		new StatusReportRenderer(templates).render(StatusFixtures.national(), locale, formats, out);
		new IngestReportRenderer(templates).render(StatusFixtures.files(), locale, formats, out);
		new ReviewReportRenderer(templates).render(ReviewFixtures.nationalRange(), locale, formats, out);
	}

}
