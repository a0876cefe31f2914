package vn.qms.stats.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Renders the quarterly report of a province or ministry ({@code quarterly}) to
 * {@code quarterly_<unit>_<period>.pdf|.xlsx}.
 */
@Component
public class QuarterlyReportRenderer implements ReportRenderer<QuarterlyModel> {

	private final DocumentRenderer renderer;

	public QuarterlyReportRenderer(ReportTemplates templates) {
		this.renderer = new DocumentRenderer(templates);
	}

	@Override
	public List<Path> render(QuarterlyModel model, Locale locale, Set<ReportFormat> formats, Path outDir)
			throws IOException {
		ReportText text = new ReportText(locale);
		return this.renderer.render(QuarterlyRows.of(model, text), text.locale(), formats, outDir);
	}

}
