package vn.qms.stats.schedule;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

/** The report kinds the schedule knows, by kind. */
@Component
class ScheduledReports {

	private final Map<String, ScheduledReport> byKind = new TreeMap<>();

	ScheduledReports(List<ScheduledReport> reports) {
		reports.forEach((report) -> this.byKind.put(report.kind(), report));
	}

	List<String> kinds() {
		return List.copyOf(this.byKind.keySet());
	}

	ScheduledReport get(String kind) {
		ScheduledReport report = this.byKind.get(kind);
		if (report == null) {
			throw new IllegalArgumentException(
					"Unknown report kind '" + kind + "' in qms.schedule.reports; available: " + this.byKind.keySet());
		}
		return report;
	}

}
