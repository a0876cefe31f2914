package vn.qms.stats.schedule;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.qms.stats.metrics.FigureScope;
import vn.qms.stats.report.IngestReports;
import vn.qms.stats.report.QuarterlyReports;
import vn.qms.stats.report.ReportFormat;
import vn.qms.stats.report.StatusReports;

/**
 * The reports of one unit and period ({@code quarterly}, {@code status}, {@code ingest})
 * on a schedule: each is the same adapter around its assembler.
 */
@Configuration(proxyBeanMethods = false)
class ScopedScheduledReports {

	@Bean
	ScheduledReport quarterlyScheduledReport(QuarterlyReports reports) {
		return new Scoped("quarterly", reports::render);
	}

	@Bean
	ScheduledReport statusScheduledReport(StatusReports reports) {
		return new Scoped("status", reports::render);
	}

	@Bean
	ScheduledReport ingestScheduledReport(IngestReports reports) {
		return new Scoped("ingest", reports::render);
	}

	/** What the three assemblers have in common. */
	interface ScopeRenderer {

		List<Path> render(FigureScope scope, Locale locale, Set<ReportFormat> formats, Path outDir) throws IOException;

	}

	private record Scoped(String kind, ScopeRenderer renderer) implements ScheduledReport {

		@Override
		public List<Path> render(ReportRequest request) throws IOException {
			FigureScope scope = FigureScope.of(request.unit(), request.period(), request.rule());
			return this.renderer.render(scope, request.locale(), request.formats(), request.outDir());
		}

	}

}
