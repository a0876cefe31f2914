package vn.qms.stats.schedule;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.qms.stats.report.ReviewReports;

/** The national review ({@code review}) on a schedule. */
@Component
class ReviewScheduledReport implements ScheduledReport {

	private final ReviewReports reports;

	ReviewScheduledReport(ReviewReports reports) {
		this.reports = reports;
	}

	@Override
	public String kind() {
		return "review";
	}

	@Override
	public List<Path> render(ReportRequest request) throws IOException {
		return this.reports.render(request.unit(), request.period(), request.rule(), request.locale(),
				request.formats(), request.outDir());
	}

}
