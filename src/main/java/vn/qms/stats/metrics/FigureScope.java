package vn.qms.stats.metrics;

import java.time.LocalDate;

/**
 * What a figure is asked for: a reporting unit and a period (its canonical code and its
 * dates under the configured cut-off rule; the dates decide which reference unit a code
 * names).
 */
public record FigureScope(String unitCode, String periodCode, LocalDate periodStart, LocalDate periodEnd) {

}
