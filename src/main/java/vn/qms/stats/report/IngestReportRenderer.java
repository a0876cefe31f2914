package vn.qms.stats.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Renders the ingestion report ({@code ingest}) to
 * {@code ingest_<unit>_<period>.pdf|.xlsx}.
 */
@Component
public class IngestReportRenderer implements ReportRenderer<IngestModel> {

	private final DocumentRenderer renderer;

	/** A renderer whose reports are all signed by hand (no configured names). */
	public IngestReportRenderer(ReportTemplates templates) {
		this(templates, Signatures.NONE);
	}

	@Autowired
	public IngestReportRenderer(ReportTemplates templates, Signatures signatures) {
		this.renderer = new DocumentRenderer(templates, signatures);
	}

	@Override
	public List<Path> render(IngestModel model, Locale locale, Set<ReportFormat> formats, Path outDir)
			throws IOException {
		ReportText text = new ReportText(locale);
		return this.renderer.render(IngestRows.of(model, text), text.locale(), formats, outDir);
	}

}
