package vn.qms.stats.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Renders the national review ({@code review}) to
 * {@code review_<unit>_<period>.pdf|.xlsx}: the PDF for signing, the XLSX as one sheet of
 * numeric cells.
 */
@Component
public class ReviewReportRenderer implements ReportRenderer<ReviewModel> {

	static final String REPORT = ReviewRows.REPORT;

	private final DocumentRenderer renderer;

	/** A renderer whose reports are all signed by hand (no configured names). */
	public ReviewReportRenderer(ReportTemplates templates) {
		this(templates, Signatures.NONE);
	}

	@Autowired
	public ReviewReportRenderer(ReportTemplates templates, Signatures signatures) {
		this.renderer = new DocumentRenderer(templates, signatures);
	}

	@Override
	public List<Path> render(ReviewModel model, Locale locale, Set<ReportFormat> formats, Path outDir)
			throws IOException {
		ReportText text = new ReportText(locale);
		return this.renderer.render(ReviewRows.of(model, text), text.locale(), formats, outDir);
	}

}
