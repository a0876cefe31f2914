package vn.qms.stats.schedule;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.qms.stats.reference.CutOffRule;
import vn.qms.stats.reference.Period;
import vn.qms.stats.report.ReportFormat;
import vn.qms.stats.system.QmsProperties;

/**
 * The report kinds the schedule renders, for rendering one now (the web console's reports
 * on demand): the same assemblers, the same files in the output folder.
 */
@Component
public class ReportKinds {

	private final ScheduledReports reports;

	private final QmsProperties properties;

	ReportKinds(ScheduledReports reports, QmsProperties properties) {
		this.reports = reports;
		this.properties = properties;
	}

	public List<String> kinds() {
		return this.reports.kinds();
	}

	/** Renders a report into the output folder; answers the files written. */
	public List<Path> render(String kind, String unit, Period period, Locale locale, Set<ReportFormat> formats)
			throws IOException {
		return this.reports.get(kind)
			.render(new ReportRequest(unit, period, CutOffRule.of(this.properties.cutOffRule()), locale, formats,
					this.properties.output()));
	}

	public Path outputFolder() {
		return this.properties.output().toAbsolutePath().normalize();
	}

}
