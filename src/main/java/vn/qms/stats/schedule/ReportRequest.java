package vn.qms.stats.schedule;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import vn.qms.stats.reference.CutOffRule;
import vn.qms.stats.reference.Period;
import vn.qms.stats.report.ReportFormat;

/**
 * What a scheduled report is rendered for.
 *
 * @param unit unit code
 * @param period the period, resolved from the due date
 * @param rule the cut-off rule of the configuration
 * @param locale language of the report
 * @param formats formats to write
 * @param outDir the output folder
 */
public record ReportRequest(String unit, Period period, CutOffRule rule, Locale locale, Set<ReportFormat> formats,
		Path outDir) {

}
