package vn.qms.stats.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Renders the reporting status ({@code status}) to
 * {@code status_<unit>_<period>.pdf|.xlsx}.
 */
@Component
public class StatusReportRenderer implements ReportRenderer<StatusModel> {

	private final DocumentRenderer renderer;

	/** A renderer whose reports are all signed by hand (no configured names). */
	public StatusReportRenderer(ReportTemplates templates) {
		this(templates, Signatures.NONE);
	}

	@Autowired
	public StatusReportRenderer(ReportTemplates templates, Signatures signatures) {
		this.renderer = new DocumentRenderer(templates, signatures);
	}

	@Override
	public List<Path> render(StatusModel model, Locale locale, Set<ReportFormat> formats, Path outDir)
			throws IOException {
		ReportText text = new ReportText(locale);
		return this.renderer.render(StatusRows.of(model, text), text.locale(), formats, outDir);
	}

}
