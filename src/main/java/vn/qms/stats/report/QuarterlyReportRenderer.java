package vn.qms.stats.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Renders the quarterly report of a province or ministry ({@code quarterly}) to
 * {@code quarterly_<unit>_<period>.pdf|.xlsx}.
 */
@Component
public class QuarterlyReportRenderer implements ReportRenderer<QuarterlyModel> {

	private final DocumentRenderer renderer;

	/** A renderer whose reports are all signed by hand (no configured names). */
	public QuarterlyReportRenderer(ReportTemplates templates) {
		this(templates, Signatures.NONE);
	}

	@Autowired
	public QuarterlyReportRenderer(ReportTemplates templates, Signatures signatures) {
		this.renderer = new DocumentRenderer(templates, signatures);
	}

	@Override
	public List<Path> render(QuarterlyModel model, Locale locale, Set<ReportFormat> formats, Path outDir)
			throws IOException {
		ReportText text = new ReportText(locale);
		return this.renderer.render(QuarterlyRows.of(model, text), text.locale(), formats, outDir);
	}

}
