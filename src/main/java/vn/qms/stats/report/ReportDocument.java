package vn.qms.stats.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One report ready for the templates: what the title block says and the rows below it.
 *
 * @param report the report kind, first part of the file name ({@code quarterly})
 * @param unitCode the reporting unit, second part of the file name
 * @param periodCode the period code, third part of the file name
 * @param issuer the issuing body, top left
 * @param periodLabel the period as printed
 * @param place the place on the date line
 * @param issuedOn the date on the date line
 * @param marker a note under the period (restated or carried-forward figures), or null
 * @param rows the rows of {@link DocumentRows}
 */
record ReportDocument(String report, String unitCode, String periodCode, String issuer, String periodLabel,
		String place, LocalDate issuedOn, String marker, List<Map<String, ?>> rows) {

}
